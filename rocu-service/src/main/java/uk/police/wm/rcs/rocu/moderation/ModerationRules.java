package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/** The moderation state machine: which decisions are legal, and the moderated impact each one leaves. */
public final class ModerationRules {

    private ModerationRules() {
    }

    /**
     * The moderated impact a decision leaves, or a problem: only a CLAIMED disruption can be decided (409 otherwise;
     * a returned one must be amended and re-claimed first); a downgrade needs an impact strictly below the claimed
     * one; a downgrade, rejection or return needs a reason (422).
     */
    public static Impact moderatedImpact(DisruptionStatus current, Impact claimed, Decision decision,
            Impact requested, String reason) {
        if (current != DisruptionStatus.CLAIMED) {
            throw Problems.conflict("already-decided", "Disruption not awaiting moderation",
                    "The disruption is " + current + "; only a CLAIMED disruption can be decided"
                            + (current == DisruptionStatus.RETURNED_FOR_INFORMATION
                                    ? " (the force must amend and re-claim it first)." : "."));
        }
        boolean hasReason = reason != null && !reason.isBlank();
        return switch (decision) {
            case APPROVE -> {
                if (requested != null && requested != claimed) {
                    throw Problems.unprocessable("An approval keeps the claimed impact; use DOWNGRADE to lower it.");
                }
                yield claimed;
            }
            case DOWNGRADE -> {
                if (requested == null || !isLowerThan(requested, claimed)) {
                    throw Problems.unprocessable("invalid-downgrade", "Invalid downgrade",
                            "A downgrade needs a moderatedImpact lower than the claimed " + claimed + ".");
                }
                requireReason(hasReason, decision);
                yield requested;
            }
            case REJECT, RETURN_FOR_INFORMATION -> {
                requireReason(hasReason, decision);
                yield null;
            }
        };
    }

    /** The status a decision leads to. */
    public static DisruptionStatus statusAfter(Decision decision) {
        return switch (decision) {
            case APPROVE -> DisruptionStatus.APPROVED;
            case DOWNGRADE -> DisruptionStatus.DOWNGRADED;
            case REJECT -> DisruptionStatus.REJECTED;
            case RETURN_FOR_INFORMATION -> DisruptionStatus.RETURNED_FOR_INFORMATION;
        };
    }

    /** True when {@code impact} is strictly lower than {@code other} (impacts are declared highest first). */
    static boolean isLowerThan(Impact impact, Impact other) {
        return impact.compareTo(other) > 0;
    }

    private static void requireReason(boolean hasReason, Decision decision) {
        if (!hasReason) {
            throw Problems.unprocessable("reason-required", "Reason required", decision + " needs a reason.");
        }
    }
}
