package uk.police.wm.rcs.platform.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.police.wm.rcs.platform.security.Classification;

/** The requests and responses of every service's review queue and decision endpoints. */
public final class ReviewRequests {
    private ReviewRequests() {
    }

    /**
     * A reviewer's decision: {@code RETAIN} with a reason and the next review date, or {@code DISPOSE} with a reason
     * (and no next review date).
     */
    public record DecideReview(@NotNull ReviewDecision decision, @NotBlank @Size(max = 2000) String reason,
            LocalDate nextReviewOn) {
    }

    /**
     * A record whose review is due: what a reviewer needs to open it (its id and type, its ETag version for the
     * decision's {@code If-Match}), never its personal data.
     */
    public record DueReview(String recordId, String recordType, LocalDate reviewDueOn, String quarter,
            Classification classification, Set<String> caveats, long version) {
    }

    /** A decision as recorded. */
    public record ReviewDecided(String reviewId, String recordId, String recordType, LocalDate reviewDueOn,
            ReviewDecision decision, String reason, LocalDate nextReviewOn, String decidedBy, Instant decidedAt,
            long recordVersion) {
    }

    /**
     * One quarter of a service's review report: records whose review fell due in the quarter (decided or not, and
     * not yet disposed of before), and the reviews decided in it.
     */
    public record QuarterReviews(String quarter, long due, long reviewed, long retained, long disposed) {
    }

    /** A financial year of the review report, per quarter, counting only what the reader may see. */
    public record ReviewReport(String financialYear, List<QuarterReviews> quarters) {
    }
}
