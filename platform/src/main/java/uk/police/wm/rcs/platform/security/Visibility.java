package uk.police.wm.rcs.platform.security;

import java.util.Objects;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The one need-to-know rule: clearance covers the record's level and the caller holds every caveat. No role bypasses it.
 */
public final class Visibility {

    /** Detail of the 404 raised by {@link #requireVisible(Caller, SecurityMarking)}. */
    public static final String NOT_FOUND_DETAIL = "The requested resource does not exist.";

    private Visibility() {
    }

    public static boolean canSee(Caller caller, SecurityMarking marking) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(marking, "marking");
        return caller.clearance().covers(marking.classification())
                && caller.caveats().containsAll(marking.caveats());
    }

    /** Throws 404 (not 403, so a record's existence does not leak) when the caller cannot see the record. */
    public static void requireVisible(Caller caller, SecurityMarking marking) {
        requireVisible(caller, marking, NOT_FOUND_DETAIL);
    }

    /**
     * As {@link #requireVisible(Caller, SecurityMarking)}, with the same 404 detail the service uses for a record
     * that really does not exist, so the two answers cannot be told apart.
     */
    public static void requireVisible(Caller caller, SecurityMarking marking, String notFoundDetail) {
        if (!canSee(caller, marking)) {
            throw Problems.notFound(notFoundDetail);
        }
    }
}
