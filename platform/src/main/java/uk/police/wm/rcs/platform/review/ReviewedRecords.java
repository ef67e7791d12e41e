package uk.police.wm.rcs.platform.review;

import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * What a service tells the platform's review about its one type of record about a person; {@link ReviewEndpoints}
 * does the rest (the queue, the decision, the report) the same way in every service.
 *
 * @param <E> the record's entity
 */
public interface ReviewedRecords<E> {

    /** Where the records are kept. */
    ReviewedTable table();

    /** The entity the queue reads. */
    Class<E> entity();

    /** The queue's order: by the review date column, then id, ascending. */
    Keyset.Order<E> oldestReviewFirst();

    /** A row of the queue as the review sees it. */
    ReviewedRecord underReview(E row);

    /**
     * The record {@code id} as the review sees it, when the caller may see it and it is about a person; a 404
     * problem otherwise (no such record, not visible to the caller, or not about a person).
     */
    ReviewedRecord underReview(String id, Caller caller);
}
