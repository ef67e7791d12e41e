package uk.police.wm.rcs.rocu.events;

import java.time.LocalDate;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/**
 * The events of the review register and the departmental objectives (paras 58-63), so the governance view can show
 * them. Both are organisational records about the unit, not about any person or operation: published OFFICIAL.
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /**
     * Progress of a review; {@code DEFERRED}: agreed not to take place until something else happens (para 63: the
     * regional SOC strategy review waits for the new national SOC strategy).
     */
    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETE, DEFERRED
    }

    /**
     * Event {@value #TYPE}: a review was added to the register or its status, owner or next review date changed.
     * Key and subject: the review id; {@code version} orders the changes of one review.
     */
    @OutboxEvent.Type(value = ReviewChanged.TYPE, aggregate = ReviewChanged.AGGREGATE)
    public record ReviewChanged(@OutboxEvent.Key String id, String item, String owner, Status status,
            LocalDate nextReview, long version) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.rocu.review.changed.v1";
        public static final String AGGREGATE = "review";
    }

    /** Event {@value #TYPE}: a departmental objective was set for a financial year. Key and subject: its id. */
    @OutboxEvent.Type(value = ObjectiveSet.TYPE, aggregate = ObjectiveSet.AGGREGATE)
    public record ObjectiveSet(@OutboxEvent.Key String id, String financialYear, String title, String description)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.rocu.objective.set.v1";
        public static final String AGGREGATE = "objective";
    }
}
