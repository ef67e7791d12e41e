package uk.police.wm.rcs.platform.review;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * What a service tells the platform's review about its one type of record about a person; {@link ReviewEndpoints}
 * does the rest (the queue, the decision, the report) the same way in every service.
 *
 * @param table             where the records are kept
 * @param entity            the entity the queue reads
 * @param oldestReviewFirst the queue's order: by the review date column, then id, ascending
 * @param asReviewed        a row of the queue as the review sees it
 * @param visible           the record of an id as the review sees it, when the caller may see it and it is about a
 *                          person; a 404 problem otherwise (no such record, not visible, not about a person)
 * @param <E>               the record's entity
 */
public record ReviewedRecords<E>(ReviewedTable table, Class<E> entity, Keyset.Order<E> oldestReviewFirst,
        Function<E, ReviewedRecord> asReviewed, BiFunction<String, Caller, ReviewedRecord> visible) {

    public ReviewedRecords {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(oldestReviewFirst, "oldestReviewFirst");
        Objects.requireNonNull(asReviewed, "asReviewed");
        Objects.requireNonNull(visible, "visible");
    }
}
