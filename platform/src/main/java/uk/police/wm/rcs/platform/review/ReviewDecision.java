package uk.police.wm.rcs.platform.review;

/** What a MoPI review decides for a record about a person. */
public enum ReviewDecision {
    /** Keep the record, with a reason and the date of its next review. */
    RETAIN,
    /** Dispose of the record: its personal data is erased everywhere, the counts it contributed to stand. */
    DISPOSE
}
