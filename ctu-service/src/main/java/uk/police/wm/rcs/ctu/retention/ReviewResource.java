package uk.police.wm.rcs.ctu.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.ctu.prevent.PreventCase;
import uk.police.wm.rcs.ctu.events.PreventCaseChangedEvent;
import uk.police.wm.rcs.ctu.prevent.PreventService;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecords;
import uk.police.wm.rcs.platform.review.ReviewedTable;

/** The MoPI review of Prevent cases (each is about a person): the queue of cases due, the decision, the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people: retain or dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    static final ReviewedTable PREVENT_CASES = new ReviewedTable(PreventService.RECORD_TYPE, "prevent_case",
            "retention_review_on", "true", null, PreventCaseChangedEvent.AGGREGATE, "uk.police.wm.ctu");

    @Inject
    PreventService cases;

    @Override
    protected ReviewedRecords<?> records() {
        return new ReviewedRecords<>(PREVENT_CASES, PreventCase.class, Keyset.Order.byDateThenId(
                "retention_review_on", c -> c.retentionReviewOn, c -> c.id, Keyset.Direction.ASCENDING),
                PreventCaseUnderReview::new, (id, caller) -> new PreventCaseUnderReview(
                        cases.visible(Problems.idOrNotFound(id, PreventService.NOT_FOUND), caller)));
    }
}
