package uk.police.wm.rcs.rocu.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecords;

/** The MoPI review of disruptions naming a priority individual: the queue of those due, the decision, the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people (here: disruptions naming a"
        + " priority individual): retain or dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    @Inject
    ReviewedDisruptions disruptions;

    @Override
    protected ReviewedRecords<?> records() {
        return disruptions;
    }
}
