package uk.police.wm.rcs.platform.review;

import java.time.Instant;
import java.time.LocalDate;

import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * One record under review, as its service exposes it to {@link ReviewDecisions}: the platform decides, the service
 * knows which of its fields are about the person.
 */
public interface ReviewedRecord {

    /** The record's id (a uuid as text). */
    String id();

    /** The record's current review date: the review a decision now decides. */
    LocalDate reviewDueOn();

    /** True once disposed of: nothing is left to review. */
    boolean disposed();

    SecurityMarking marking();

    /** The financial quarter the record counts in (e.g. {@code 2018-19/Q1}): the only date its events carry. */
    String quarter();

    /** The record's version (its ETag), after any change has been flushed. */
    long version();

    /** Sets the record's review date to the next review (a RETAIN). */
    void retainUntil(LocalDate nextReviewOn);

    /**
     * Overwrites or clears every field about the person and marks the record disposed of at {@code at}, keeping only
     * what the figures count (a DISPOSE). Every copy the service keeps elsewhere (e.g. moderation reasons) goes too.
     */
    void erasePersonalData(Instant at);
}
