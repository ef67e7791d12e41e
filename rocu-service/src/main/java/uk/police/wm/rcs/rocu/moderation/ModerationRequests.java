package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/** Requests and responses of moderation. */
public final class ModerationRequests {
    private ModerationRequests() {
    }

    /** A panel as held. */
    public record HoldPanel(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String chair,
            @NotEmpty Set<@NotNull Force> attendingForces, Set<@NotBlank @Size(max = 100) String> partnerAgencies) {
    }

    public record PanelView(String id, LocalDate heldOn, String chair, Set<String> attendingForces,
            Set<String> partnerAgencies) {
    }

    /**
     * A panel's decision on one claimed disruption, named by its {@code disruptionId} or, as a force system knows
     * it, by {@code force} and {@code sourceRecordId} (one or the other, not both).
     */
    public record DecideDisruption(String disruptionId, @NotNull Decision decision, Impact moderatedImpact,
            @Size(max = 2000) String reason, Force force, @Size(max = 100) String sourceRecordId) {
    }

    public record DecisionView(String id, String disruptionId, String panelId, Decision decision,
            DisruptionStatus fromStatus, DisruptionStatus toStatus, Impact claimedImpact, Impact moderatedImpact,
            String reason, String decidedBy, Instant decidedAt) {
        static DecisionView of(ModerationDecision d) {
            return new DecisionView(d.id.toString(), d.disruptionId.toString(), d.panelId.toString(), d.decision,
                    d.fromStatus, d.toStatus, d.claimedImpact, d.moderatedImpact, d.reason, d.decidedBy, d.decidedAt);
        }
    }

    /** Disruptions awaiting moderation for one force. */
    public record ForceBacklog(Force force, long claimed, long returnedForInformation, LocalDate oldestClaimedOn) {
    }
}
