package uk.police.wm.rcs.platform.batch;

/** What happened (or, in a dry run, would happen) to one record of a batch. */
public enum Outcome {
    /** A new record (a dry run: it would be one). */
    CREATED,
    /** The same record was received before, or earlier in this batch: no second record. */
    DUPLICATE,
    /** Refused: the problem says why. */
    PROBLEM
}
