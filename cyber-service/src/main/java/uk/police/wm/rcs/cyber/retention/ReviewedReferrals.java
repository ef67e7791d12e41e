package uk.police.wm.rcs.cyber.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import uk.police.wm.rcs.cyber.referral.Referral;
import uk.police.wm.rcs.cyber.referral.ReferralCaseService;
import uk.police.wm.rcs.cyber.referral.ReferralEvents;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Caller;

/** The MoPI review's records in cyber-service: referrals (their victim details). */
@ApplicationScoped
public class ReviewedReferrals implements ReviewedRecords<Referral> {

    static final ReviewedTable REFERRALS = new ReviewedTable(ReferralEvents.AGGREGATE, "referral",
            "retention_review_on", "true", "force", ReferralEvents.AGGREGATE, "uk.police.wm.cyber");

    private static final Keyset.Order<Referral> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId(
            "retention_review_on", r -> r.retentionReviewOn, r -> r.id, Keyset.Direction.ASCENDING);

    @Override
    public ReviewedTable table() {
        return REFERRALS;
    }

    @Override
    public Class<Referral> entity() {
        return Referral.class;
    }

    @Override
    public Keyset.Order<Referral> oldestReviewFirst() {
        return OLDEST_REVIEW_FIRST;
    }

    @Override
    public ReviewedRecord underReview(Referral row) {
        return new ReferralUnderReview(row);
    }

    /** By id only (not by the force's reference, which the referral endpoints also take). */
    @Override
    public ReviewedRecord underReview(String id, Caller caller) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No referral " + id + ".");
        }
        return new ReferralUnderReview(ReferralCaseService.visible(uuid.toString(), caller));
    }
}
