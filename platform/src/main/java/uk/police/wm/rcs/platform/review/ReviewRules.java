package uk.police.wm.rcs.platform.review;

import java.time.LocalDate;

import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;

/** The rules of a review decision (pure: unit-tested without a database). */
public final class ReviewRules {
    private ReviewRules() {
    }

    /** 409 when there is nothing to decide: the record was disposed of, or its review is not yet due. */
    public static void requireDue(ReviewedRecord record, LocalDate today) {
        if (record.disposed()) {
            throw Problems.conflict("review-already-decided", "Review already decided",
                    "This record was disposed of at its review; there is nothing left to review.");
        }
        if (record.reviewDueOn() == null || record.reviewDueOn().isAfter(today)) {
            throw Problems.conflict("review-not-due", "Review not due",
                    "This record's next review is due on " + record.reviewDueOn() + "; it is decided then, once.");
        }
    }

    /** 422 unless a RETAIN names a next review date after today and a DISPOSE names none. */
    public static void check(DecideReview request, LocalDate today) {
        if (request.decision() == ReviewDecision.RETAIN) {
            if (request.nextReviewOn() == null || !request.nextReviewOn().isAfter(today)) {
                throw Problems.unprocessable("A retained record needs a next review date after today.")
                        .with("field", "nextReviewOn");
            }
        } else if (request.nextReviewOn() != null) {
            throw Problems.unprocessable("A disposed record has no next review.").with("field", "nextReviewOn");
        }
    }
}
