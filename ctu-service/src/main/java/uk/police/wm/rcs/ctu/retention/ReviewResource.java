package uk.police.wm.rcs.ctu.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecords;

/** The MoPI review of Prevent cases: the queue of cases due, the decision (retain or dispose), the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people (here: Prevent cases): retain or"
        + " dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    @Inject
    ReviewedPreventCases cases;

    @Override
    protected ReviewedRecords<?> records() {
        return cases;
    }
}
