package uk.police.wm.rcs.rocu.moderation;

import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.disruption.DisruptionStatus;
import uk.police.wm.rcs.rocu.disruption.Impact;

/** Moderation events. */
public final class ModerationEvents {
    private ModerationEvents() {
    }

    /** Event {@value #TYPE}: a panel decided a disruption. Key and subject: the disruption id. No reason text. */
    public record DisruptionModerated(String disruptionId, String panelId, Force force, CrimeType crimeType,
            String quarter, Decision decision, DisruptionStatus previousStatus, DisruptionStatus status,
            Impact claimedImpact, Impact moderatedImpact, long version) {
        public static final String TYPE = "uk.police.wm.rocu.disruption.moderated.v1";
    }

    /** Event {@value #TYPE}: a moderation panel was held. Key and subject: the panel id. */
    public record PanelHeld(String panelId, LocalDate heldOn, Set<String> attendingForces,
            Set<String> partnerAgencies) {
        public static final String TYPE = "uk.police.wm.rocu.moderation-panel.held.v1";
        public static final String AGGREGATE = "moderation-panel";
    }
}
