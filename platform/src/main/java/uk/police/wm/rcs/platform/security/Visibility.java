package uk.police.wm.rcs.platform.security;

import java.util.Objects;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The one need-to-know rule: clearance covers the record's level and the caller holds every caveat. No role bypasses
 * it. The same rule as SQL is {@link VisibleRows}; the write side is {@link #requireMayMark}.
 */
public final class Visibility {

    /** Detail of the 404 raised by {@link #requireVisible(Caller, SecurityMarking)}. */
    public static final String NOT_FOUND_DETAIL = "The requested resource does not exist.";

    /** Problem type of a write whose marking the writer could not read back. */
    public static final String MARKING_ABOVE_CLEARANCE = "marking-above-clearance";

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
            SecurityMetrics.refused(SecurityMetrics.HIDDEN_RECORD);
            throw Problems.notFound(notFoundDetail);
        }
    }

    /**
     * The write rule: nobody creates a record, or gives one a marking, above their own clearance or with a caveat
     * they do not hold (422 {@value #MARKING_ABOVE_CLEARANCE}, naming the field). Call it before anything is
     * written, so nothing is; it also means a record is never echoed to a caller who could not read it.
     *
     * @param field the request field that carries the marking's classification, for the problem's {@code field}
     */
    public static SecurityMarking requireMayMark(Caller caller, SecurityMarking marking, String field) {
        if (!canSee(caller, marking)) {
            SecurityMetrics.refused(SecurityMetrics.MARKING_ABOVE_CLEARANCE);
            boolean levelTooHigh = !caller.clearance().covers(marking.classification());
            throw Problems.unprocessable(MARKING_ABOVE_CLEARANCE, "Marking above your clearance",
                    "You cannot mark a record " + marking + ": "
                            + (levelTooHigh ? "the classification is above your clearance (" + caller.clearance() + ")."
                                    : "you do not hold every caveat it carries."))
                    .with("field", levelTooHigh ? field : "caveats");
        }
        return marking;
    }

    /** As {@link #requireMayMark(Caller, SecurityMarking, String)} with the usual field name. */
    public static SecurityMarking requireMayMark(Caller caller, SecurityMarking marking) {
        return requireMayMark(caller, marking, "classification");
    }
}
