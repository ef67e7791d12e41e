package uk.police.wm.rcs.rocu.moderation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.crime.FourP;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionStatus;
import uk.police.wm.rcs.rocu.disruption.Impact;
import uk.police.wm.rcs.rocu.disruption.LeadAgency;

/** Moderation events. */
public final class ModerationEvents {
    private ModerationEvents() {
    }

    /** Event {@value #TYPE}: a panel decided a disruption. Key and subject: the disruption id. No reason text. */
    public record DisruptionModerated(String disruptionId, String panelId, Force force, CrimeType crimeType,
            String quarter, Decision decision, DisruptionStatus previousStatus, DisruptionStatus status,
            Impact claimedImpact, Impact moderatedImpact, long version, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.disruption.moderated.v1";

        @Override
        public String aggregateType() {
            return DisruptionClaimedEvent.AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return disruptionId;
        }

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    /** Event {@value #TYPE}: a moderation panel was held. Key and subject: the panel id. */
    public record PanelHeld(String panelId, LocalDate heldOn, Set<String> attendingForces,
            Set<String> partnerAgencies) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.rocu.moderation-panel.held.v1";
        public static final String AGGREGATE = "moderation-panel";

        @Override
        public String aggregateType() {
            return AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return panelId;
        }

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    /**
     * Event {@value #TYPE}: an operational highlight for the quarterly performance document and the board pack, the
     * one event that carries a narrative. Key and subject: the disruption id. Published once, when the panel approves
     * or downgrades a disruption the force marked {@code highlight} (a counted disruption is never amended again, so
     * the highlight stays as published). Marked with the disruption's classification and caveats: consumers show it
     * only to callers those cover.
     */
    public record HighlightPublished(String disruptionId, String quarter, Force force, CrimeType crimeType,
            LeadAgency leadAgency, FourP fourP, Impact moderatedImpact, String narrative,
            Classification classification, Set<String> caveats, boolean namesPerson) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.disruption.highlight-published.v1";

        @Override
        public String aggregateType() {
            return DisruptionClaimedEvent.AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return disruptionId;
        }

        @Override
        public String eventType() {
            return TYPE;
        }

        /**
         * The highlight a decided disruption publishes, if any: only a highlighted disruption that now counts
         * (approved or downgraded), and never one aimed at a priority individual, whose narrative may be about a
         * person (no narrative about a person leaves the service; {@code namesPerson} is therefore always false on
         * the wire and is there so a consumer can refuse one should that ever change).
         */
        static Optional<HighlightPublished> of(Disruption d) {
            boolean counted = d.status == DisruptionStatus.APPROVED || d.status == DisruptionStatus.DOWNGRADED;
            if (!d.highlight || !counted || d.namesPerson()) {
                return Optional.empty();
            }
            return Optional.of(new HighlightPublished(d.id.toString(), FinancialQuarter.of(d.disruptedOn).toString(),
                    d.force, d.crimeType, d.leadAgency, d.category, d.moderatedImpact, d.narrative, d.classification,
                    d.marking().caveats(), d.namesPerson()));
        }
    }
}
