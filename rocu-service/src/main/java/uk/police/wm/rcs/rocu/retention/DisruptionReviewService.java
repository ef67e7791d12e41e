package uk.police.wm.rcs.rocu.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
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
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;

/** The MoPI review of disruptions naming a priority individual, through the platform's one review model. */
@ApplicationScoped
public class DisruptionReviewService {

    static final ReviewedTable DISRUPTIONS = new ReviewedTable(DisruptionService.RECORD_TYPE, "disruption",
            "review_date", "target_type = 'PRIORITY_INDIVIDUAL'", "force", DisruptionClaimedEvent.AGGREGATE,
            "uk.police.wm.rocu");

    private static final Keyset.Order<Disruption> OLDEST_REVIEW_FIRST = Keyset.Order.byDateThenId("review_date",
            d -> d.reviewDate, d -> d.id, Keyset.Direction.ASCENDING);

    @Inject
    ReviewQueue queue;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReviewReports reports;

    @Inject
    DisruptionService disruptions;

    public Page<DueReview> due(LocalDate before, PageRequest page, Caller caller) {
        return queue.due(DISRUPTIONS, Disruption.class, OLDEST_REVIEW_FIRST, before, page, caller,
                d -> d.id.toString()).map(d -> new DueReview(d.id.toString(), DisruptionService.RECORD_TYPE,
                        d.reviewDate, FinancialQuarter.of(d.disruptedOn).toString(), d.classification,
                        d.marking().caveats(), d.version));
    }

    /** Decides the review of a disruption naming a person; one that names none has no review (404). */
    @Transactional
    public ReviewDecided decide(UUID id, String ifMatch, DecideReview request, Caller caller) {
        Disruption d = disruptions.visible(id, caller);
        if (!d.namesPerson()) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
        return decisions.decide(DISRUPTIONS, new DisruptionUnderReview(d), ifMatch, request, caller);
    }

    public ReviewReport report(String financialYear, Caller caller) {
        return reports.report(DISRUPTIONS, financialYear, caller);
    }
}
