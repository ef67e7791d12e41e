package uk.police.wm.rcs.platform.review;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * The two events of a review, the same in every service (under its own type prefix). Neither carries anything about
 * the person: ids, the record type, quarters and the decision; never the reason, a name, a reference or a date.
 * Each carries the reviewed table (whose service's prefix, aggregate and record type it is) and the record's marking,
 * neither of them part of the data.
 */
public final class ReviewEvents {
    private ReviewEvents() {
    }

    /** An event about a reviewed record: keyed by the record's id, in its table's aggregate. */
    interface OfReviewedRecord extends OutboxEvent {

        ReviewedTable table();

        String recordId();

        @Override
        default String aggregateType() {
            return table().aggregateType();
        }

        @Override
        default String aggregateId() {
            return recordId();
        }
    }

    /**
     * {@code <prefix>.review.decided.v1}: a review was decided. Key and subject: the record id. For the compliance
     * figures: the quarter the review fell due in and the quarter it was decided in.
     */
    public record ReviewDecidedEvent(@JsonIgnore ReviewedTable table, @JsonIgnore SecurityMarking marking,
            String reviewId, String recordId, String recordType, ReviewDecision decision, String dueQuarter,
            String decidedQuarter) implements OfReviewedRecord {

        @Override
        public String eventType() {
            return table.decidedEventType();
        }
    }

    /**
     * {@code <prefix>.record.disposed.v1}: a record about a person was disposed of. Key and subject: the record id
     * (ordered after the record's other events). Consumers remove anything they derived from the record that is not
     * a count (narratives, highlights), and keep counting it: a disposal removes a person's data, not a quarter's
     * history. {@code quarter} is the quarter the record counts in.
     */
    public record RecordDisposedEvent(@JsonIgnore ReviewedTable table, @JsonIgnore SecurityMarking marking,
            String recordId, String recordType, String quarter, String disposedQuarter) implements OfReviewedRecord {

        @Override
        public String eventType() {
            return table.disposedEventType();
        }
    }
}
