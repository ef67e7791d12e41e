package uk.police.wm.rcs.cyber.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.review.ReviewEndpoints;
import uk.police.wm.rcs.platform.review.ReviewedRecords;

/** The MoPI review of referrals (their victim details): the queue of those due, the decision, the report. */
@Path("/api/v1/reviews")
@Tag(name = "Records review", description = "MoPI review of records about people (here: referrals, their victim"
        + " details): retain or dispose, once per review")
public class ReviewResource extends ReviewEndpoints {

    @Inject
    ReviewedReferrals referrals;

    @Override
    protected ReviewedRecords<?> records() {
        return referrals;
    }
}
