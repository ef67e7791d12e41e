package uk.police.wm.rcs.ctu.common;

import java.util.Optional;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;

/** Which force an activity belongs to: a force system's own (from its token, never the body), else the one named. */
public final class ForceScope {
    private ForceScope() {
    }

    /** 403 when a force system names another force; 422 when a person names none. */
    public static Force of(Caller caller, Force named) {
        if (caller.isMachine()) {
            Force own = caller.force().orElseThrow(() -> Problems.forbidden("This client carries no force claim."));
            if (named != null && named != own) {
                throw Problems.forbidden("A force system records activity for its own force (" + own + ") only.");
            }
            return own;
        }
        if (named == null) {
            throw Problems.unprocessable("Name the force the activity was delivered in (WMP, WMC, WAR or STA).");
        }
        return named;
    }

    /** The force a list is narrowed to: a force system sees its own force's records only. */
    public static Optional<Force> listedFor(Caller caller) {
        if (!caller.isMachine()) {
            return Optional.empty();
        }
        return Optional.of(caller.force().orElseThrow(() -> Problems.forbidden("This client carries no force claim.")));
    }
}
