package uk.police.wm.rcs.rocu.events;

import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/** Moderation events. */
public final class ModerationEvents {
    private ModerationEvents() {
    }

    /** Event {@value #TYPE}: a panel decided a disruption. Key and subject: the disruption id. No reason text. */
    @OutboxEvent.Type(value = DisruptionModerated.TYPE, aggregate = DisruptionClaimedEvent.AGGREGATE)
    public record DisruptionModerated(@OutboxEvent.Key String disruptionId, String panelId, Force force,
            CrimeType crimeType, String quarter, Decision decision, DisruptionStatus previousStatus,
            DisruptionStatus status, Impact claimedImpact, Impact moderatedImpact, long version,
            Classification classification, Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.disruption.moderated.v1";
    }

    /** Event {@value #TYPE}: a moderation panel was held. Key and subject: the panel id. */
    @OutboxEvent.Type(value = PanelHeld.TYPE, aggregate = PanelHeld.AGGREGATE)
    public record PanelHeld(@OutboxEvent.Key String panelId, LocalDate heldOn, Set<String> attendingForces,
            Set<String> partnerAgencies) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.rocu.moderation-panel.held.v1";
        public static final String AGGREGATE = "moderation-panel";
    }

    /**
     * Event {@value #TYPE}: an operational highlight for the quarterly performance document and the board pack, the
     * one event that carries a narrative. Key and subject: the disruption id. Published once, when the panel approves
     * or downgrades a disruption the force marked {@code highlight} (a counted disruption is never amended again, so
     * the highlight stays as published). Marked with the disruption's classification and caveats: consumers show it
     * only to callers those cover.
     */
    @OutboxEvent.Type(value = HighlightPublished.TYPE, aggregate = DisruptionClaimedEvent.AGGREGATE)
    public record HighlightPublished(@OutboxEvent.Key String disruptionId, String quarter, Force force,
            CrimeType crimeType, LeadAgency leadAgency, FourP fourP, Impact moderatedImpact, String narrative,
            Classification classification, Set<String> caveats, boolean namesPerson) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.disruption.highlight-published.v1";
    }
}
