package uk.police.wm.rcs.ctu.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.ctu.prevent.PreventCase;
import uk.police.wm.rcs.ctu.events.PreventCaseChangedEvent;
import uk.police.wm.rcs.ctu.prevent.PreventService;
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

/** The MoPI review of Prevent cases, through the platform's one review model. */
@ApplicationScoped
public class PreventReviewService {

    static final ReviewedTable PREVENT_CASES = new ReviewedTable(PreventService.RECORD_TYPE, "prevent_case",
            "retention_review_on", "true", null, PreventCaseChangedEvent.AGGREGATE, "uk.police.wm.ctu");

    private static final Keyset.Order<PreventCase> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId(
            "retention_review_on", c -> c.retentionReviewOn, c -> c.id, Keyset.Direction.ASCENDING);

    @Inject
    ReviewQueue queue;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReviewReports reports;

    @Inject
    PreventService cases;

    public Page<DueReview> due(LocalDate before, PageRequest page, Caller caller) {
        return queue.due(PREVENT_CASES, PreventCase.class, OLDEST_REVIEW_FIRST, before, page, caller,
                c -> c.id.toString()).map(c -> new DueReview(c.id.toString(), PreventService.RECORD_TYPE,
                        c.retentionReviewOn, FinancialQuarter.of(c.referredOn).toString(), c.classification,
                        c.marking().caveats(), c.version));
    }

    @Transactional
    public ReviewDecided decide(UUID id, String ifMatch, DecideReview request, Caller caller) {
        PreventCase c = cases.visible(id, caller);
        return decisions.decide(PREVENT_CASES, new PreventCaseUnderReview(c), ifMatch, request, caller);
    }

    public ReviewReport report(String financialYear, Caller caller) {
        return reports.report(PREVENT_CASES, financialYear, caller);
    }
}
