package uk.police.wm.rcs.cyber.retention;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.cyber.referral.Referral;
import uk.police.wm.rcs.cyber.referral.ReferralCaseService;
import uk.police.wm.rcs.cyber.events.ReferralEvents;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;

/** The MoPI review of referrals (their victim details): the queue of those due, the decision, the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people: retain or dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    static final ReviewedTable REFERRALS = new ReviewedTable(ReferralEvents.AGGREGATE, "referral",
            "retention_review_on", "true", "force", ReferralEvents.AGGREGATE, "uk.police.wm.cyber");

    /** By id only (not by the force's reference, which the referral endpoints also take). */
    private static final ReviewedRecords<Referral> REVIEWED = new ReviewedRecords<>(REFERRALS, Referral.class,
            Keyset.Order.byDateThenId("retention_review_on", r -> r.retentionReviewOn, r -> r.id,
                    Keyset.Direction.ASCENDING), ReferralUnderReview::new,
            (id, caller) -> new ReferralUnderReview(ReferralCaseService.visible(
                    Problems.idOrNotFound(id, "No referral " + id + ".").toString(), caller)));

    @Override
    protected ReviewedRecords<?> records() {
        return REVIEWED;
    }
}
