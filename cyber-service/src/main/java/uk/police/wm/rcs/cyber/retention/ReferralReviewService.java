package uk.police.wm.rcs.cyber.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import uk.police.wm.rcs.cyber.referral.Referral;
import uk.police.wm.rcs.cyber.referral.ReferralCaseService;
import uk.police.wm.rcs.cyber.referral.ReferralEvents;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewDecisions;
import uk.police.wm.rcs.platform.review.ReviewQueue;
import uk.police.wm.rcs.platform.review.ReviewReports;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.DueReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewDecided;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewReport;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Caller;

/** The MoPI review of referrals (their victim details), through the platform's one review model. */
@ApplicationScoped
public class ReferralReviewService {

    static final ReviewedTable REFERRALS = new ReviewedTable(ReferralEvents.AGGREGATE, "referral",
            "retention_review_on", "true", "force", ReferralEvents.AGGREGATE, "uk.police.wm.cyber");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Keyset.Order<Referral> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId(
            "retention_review_on", r -> r.retentionReviewOn, r -> r.id, Keyset.Direction.ASCENDING);

    @Inject
    ReviewQueue queue;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReviewReports reports;

    public Page<DueReview> due(LocalDate before, PageRequest page, Caller caller) {
        return queue.due(REFERRALS, Referral.class, OLDEST_REVIEW_FIRST, before, page, caller,
                r -> r.id.toString()).map(r -> new DueReview(r.id.toString(), ReferralEvents.AGGREGATE,
                        r.retentionReviewOn, FinancialQuarter.of(r.receivedAt.atZone(LONDON).toLocalDate()).toString(),
                        r.classification, r.marking().caveats(), r.version));
    }

    @Transactional
    public ReviewDecided decide(UUID id, String ifMatch, DecideReview request, Caller caller) {
        Referral r = ReferralCaseService.visible(id.toString(), caller);
        return decisions.decide(REFERRALS, new ReferralUnderReview(r), ifMatch, request, caller);
    }

    public ReviewReport report(String financialYear, Caller caller) {
        return reports.report(REFERRALS, financialYear, caller);
    }
}
