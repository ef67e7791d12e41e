package uk.police.wm.rcs.platform.security;

import java.util.Optional;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * Force scope, the one rule of who acts for a force: a force system (a machine client holding the
 * {@value #FORCE_RECORDER_ROLE} role) records and reads its own force's records only, the force taken from its
 * token and never from the body; people act for whichever force they name.
 */
public final class ForceScope {

    /** Realm role of the force systems' service accounts (with {@link Caller#MACHINE_ROLE}). */
    public static final String FORCE_RECORDER_ROLE = "force-recorder";

    private ForceScope() {
    }

    /** True for a force system: a machine client holding the force-recorder role. */
    public static boolean isForceSystem(Caller caller) {
        return caller.isMachine() && caller.hasRole(FORCE_RECORDER_ROLE);
    }

    /** A force system's own force; 403 when its token carries no force claim. */
    public static Force ownForce(Caller caller) {
        return caller.force().orElseThrow(() -> Problems.forbidden("This client carries no force claim."));
    }

    /**
     * The force a new record belongs to: a force system's own (403 when it names another), else the one a person
     * named (422 naming {@code field} when none).
     */
    public static Force of(Caller caller, Force named, String field) {
        if (isForceSystem(caller)) {
            Force own = ownForce(caller);
            if (named != null && named != own) {
                throw Problems.forbidden("A force system records for its own force (" + own + ") only.")
                        .with("field", field);
            }
            return own;
        }
        if (named == null) {
            throw Problems.unprocessable("Name the force (WMP, WMC, WAR or STA).").with("field", field);
        }
        return named;
    }

    /** The force a list or count is narrowed to: a force system's own; empty (all forces) for people. */
    public static Optional<Force> listedFor(Caller caller) {
        return isForceSystem(caller) ? Optional.of(ownForce(caller)) : Optional.empty();
    }

    /**
     * True when the caller may see a record of {@code recordForce}: people always (need-to-know still applies), a
     * force system only its own force's. Callers answer false with the same 404 as a missing record.
     */
    public static boolean covers(Caller caller, Force recordForce) {
        return !isForceSystem(caller) || caller.belongsTo(recordForce);
    }
}
