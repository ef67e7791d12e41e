package uk.police.wm.rcs.ctu.prevent;

import java.time.LocalDate;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.Progress;
import uk.police.wm.rcs.platform.problem.Problems;

/** The rules of a Prevent case's progress (pure: unit-tested without a database). */
public final class PreventRules {
    private PreventRules() {
    }

    /** 422 unless the progress is consistent, moves forward from {@code from}, and respects the MAC pilot's end. */
    public static void check(Progress next, Stage from, LocalDate referredOn, LocalDate macPilotEnds) {
        if (from != null && next.stage().compareTo(from) < 0) {
            throw Problems.unprocessable("A case moves from referral through screening to outcome, never back ("
                    + from + " to " + next.stage() + ").");
        }
        boolean atOutcome = next.stage() == Stage.OUTCOME;
        if (atOutcome != (next.outcome() != null) || atOutcome != (next.outcomeOn() != null)) {
            throw Problems.unprocessable("An outcome and its date are given exactly when the stage is OUTCOME.");
        }
        if (atOutcome && next.outcomeOn().isBefore(referredOn)) {
            throw Problems.unprocessable("The outcome cannot predate the referral (" + referredOn + ").");
        }
        if (next.childProtection() && (!next.safeguarding() || next.safeguardingBoard() == null)) {
            throw Problems.unprocessable("A child-protection case is a safeguarding case and names its Local"
                    + " Safeguarding Children Board (Project CAIREEN).");
        }
        if (!next.childProtection() && next.safeguardingBoard() != null) {
            throw Problems.unprocessable("A safeguarding board is named only for a child-protection case.");
        }
        boolean mac = next.outcome() == Outcome.MAC_SUPPORT;
        if (mac != (next.macPartner() != null)) {
            throw Problems.unprocessable("A Multi-Agency Centre partner is named exactly when the outcome is"
                    + " MAC_SUPPORT.");
        }
        if (mac && next.outcomeOn().isAfter(macPilotEnds)) {
            throw Problems.unprocessable("The Multi-Agency Centre pilot ended on " + macPilotEnds + ".");
        }
    }
}
