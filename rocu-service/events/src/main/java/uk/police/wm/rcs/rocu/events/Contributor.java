package uk.police.wm.rcs.rocu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Force;

/** Who contributes to the ROCU under the funding formula: WMP, the Alliance (West Mercia and Warwickshire), STA. */
public enum Contributor {
    WMP(Set.of(Force.WMP)),
    ALLIANCE(Set.of(Force.WMC, Force.WAR)),
    STA(Set.of(Force.STA));

    private final Set<Force> forces;

    Contributor(Set<Force> forces) {
        this.forces = forces;
    }

    public Set<Force> forces() {
        return forces;
    }

    public static Contributor of(Force force) {
        for (Contributor c : values()) {
            if (c.forces.contains(force)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no contributor for " + force);
    }
}
