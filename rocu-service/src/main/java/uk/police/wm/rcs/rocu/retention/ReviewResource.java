package uk.police.wm.rcs.rocu.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;

/** The MoPI review of disruptions naming a priority individual: the queue of those due, the decision, the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people: retain or dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    static final ReviewedTable DISRUPTIONS = new ReviewedTable(DisruptionService.RECORD_TYPE, "disruption",
            "review_date", "target_type = 'PRIORITY_INDIVIDUAL'", "force", DisruptionClaimedEvent.AGGREGATE,
            "uk.police.wm.rocu");

    @Inject
    DisruptionService disruptions;

    @Override
    protected ReviewedRecords<?> records() {
        return new ReviewedRecords<>(DISRUPTIONS, Disruption.class, Keyset.Order.byDateThenId("review_date",
                d -> d.reviewDate, d -> d.id, Keyset.Direction.ASCENDING), DisruptionUnderReview::new, this::visible);
    }

    /** A disruption that names no person has no review: 404, as for one the caller may not see. */
    private ReviewedRecord visible(String id, Caller caller) {
        Disruption d = disruptions.visible(Problems.idOrNotFound(id, DisruptionService.NOT_FOUND), caller);
        if (!d.namesPerson()) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
        return new DisruptionUnderReview(d);
    }
}
