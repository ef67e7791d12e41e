package uk.police.wm.rcs.platform.review;

import java.util.Objects;

/**
 * Where a service keeps one type of record about a person, for the review queue, the decisions and the report.
 *
 * @param recordType      the audit record type and the key of its retention rule, e.g. {@code prevent_case}
 * @param table           the table (marked: {@code classification}, {@code caveats}), with a {@code disposed_at}
 *                        column (null until disposal) and a uuid {@code id}
 * @param reviewDateColumn the column holding the record's current review date
 * @param personCondition SQL that holds for the rows that are about a person (e.g. a disruption naming a priority
 *                        individual), or {@code "true"}
 * @param forceColumn     the record's force column, for force scope, or null when the table has none
 * @param aggregateType   the aggregate of the record's events: the disposal event is keyed and ordered with them
 * @param eventPrefix     the service's event type prefix, e.g. {@code uk.police.wm.ctu}
 */
public record ReviewedTable(String recordType, String table, String reviewDateColumn, String personCondition,
        String forceColumn, String aggregateType, String eventPrefix) {

    public ReviewedTable {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reviewDateColumn, "reviewDateColumn");
        Objects.requireNonNull(personCondition, "personCondition");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(eventPrefix, "eventPrefix");
    }

    /** {@code <prefix>.review.decided.v1}: a review was decided (figures only). */
    public String decidedEventType() {
        return eventPrefix + ".review.decided.v1";
    }

    /** {@code <prefix>.record.disposed.v1}: a record was disposed of; consumers remove what they derived from it. */
    public String disposedEventType() {
        return eventPrefix + ".record.disposed.v1";
    }
}
