package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/**
 * A panel's decision on a force's disruption as the force reads it (API) and receives it (webhook event
 * {@value #EVENT_TYPE}): what was decided, why, the impact the panel settled on and when; marked as the disruption.
 */
public record ForceDecisionView(String decisionId, String disruptionId, String sourceRecordId, Decision decision,
        @Schema(description = "The panel's reason (every decision but an approval has one). Left out of the webhook "
                + "event for a disruption aimed at a priority individual: read it here, with X-Justification.")
        String reason,
        Impact claimedImpact,
        @Schema(description = "The impact the panel settled on: lower than claimed when downgraded.")
        Impact moderatedImpact,
        DisruptionStatus status, String panelId, LocalDate panelHeldOn, Instant decidedAt,
        @Schema(description = "The disruption's version after the decision (its ETag).") long version,
        Classification classification, Set<String> caveats) {

    /** The webhook event's CloudEvents type. */
    public static final String EVENT_TYPE = "uk.police.wm.rocu.disruption.decided.v1";

    /** The decision as the API answers it, reason included (the read itself is justified and audited). */
    static ForceDecisionView read(Disruption d, ModerationDecision decision, LocalDate panelHeldOn) {
        return of(d, decision, panelHeldOn, decision.reason);
    }

    /**
     * The decision as a webhook event: without the reason when the disruption names a priority individual, as a
     * reason about a person leaves the service only on a justified, audited read.
     */
    static ForceDecisionView event(Disruption d, ModerationDecision decision, LocalDate panelHeldOn) {
        return of(d, decision, panelHeldOn, d.namesPerson() ? null : decision.reason);
    }

    private static ForceDecisionView of(Disruption d, ModerationDecision decision, LocalDate panelHeldOn,
            String reason) {
        return new ForceDecisionView(decision.id.toString(), d.id.toString(), d.sourceRecordId, decision.decision,
                reason, decision.claimedImpact, decision.moderatedImpact, decision.toStatus,
                decision.panelId.toString(), panelHeldOn, decision.decidedAt, d.version, d.classification,
                d.marking().caveats());
    }
}
