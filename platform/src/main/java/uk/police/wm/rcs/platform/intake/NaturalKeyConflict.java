package uk.police.wm.rcs.platform.intake;

import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The one problem for "a record with this natural key was taken in before with other content" (409
 * {@code natural-key-conflict}), whichever service and record type meets it, single post or batch: a force system
 * handles it the same way everywhere.
 */
public final class NaturalKeyConflict {

    /** The problem type's slug, as an operation's {@code @APIResponse} names it. */
    public static final String TYPE = "natural-key-conflict";

    static final String TITLE = "Record already taken in with different content";

    private NaturalKeyConflict() {
    }

    /**
     * The 409 for a post whose natural key was taken in before with other content; {@code record} names the record
     * in words ({@code "Record WMP-1"}, {@code "Action Fraud reference NFRC1"}), {@code remedy} (or null) says what to
     * do instead.
     */
    public static ProblemException of(String record, String remedy) {
        return Problems.conflict(TYPE, TITLE, record + " was already taken in with different content."
                + (remedy == null ? "" : " " + remedy));
    }

    /** The 409 for a batch record whose reference an earlier record of the same batch holds with other content. */
    public static ProblemException earlierInBatch(String reference) {
        return Problems.conflict(TYPE, TITLE, "Record " + reference
                + " appears earlier in this batch with different content.");
    }
}
