package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.Contributor;

/** The contributor to the funding formula each force is part of: West Mercia and Warwickshire as the Alliance. */
public final class Contributors {

    private Contributors() {
    }

    public static Contributor of(Force force) {
        return switch (force) {
            case WMP -> Contributor.WMP;
            case WMC, WAR -> Contributor.ALLIANCE;
            case STA -> Contributor.STA;
        };
    }
}
