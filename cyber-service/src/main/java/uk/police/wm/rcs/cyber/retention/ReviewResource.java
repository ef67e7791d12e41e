package uk.police.wm.rcs.cyber.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.DueReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewDecided;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewReport;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** The MoPI review of referrals (their victim details): the queue of those due, the decision, the report. */
@Path("/api/v1/reviews")
@RolesAllowed(ReviewResource.REVIEWER_ROLE)
@Tag(name = "Records review", description = "MoPI review of records about people: retain or dispose, once per review")
public class ReviewResource {

    static final String REVIEWER_ROLE = "records-reviewer";

    @Inject
    ReferralReviewService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("due")
    @Operation(summary = "List referrals due for review",
            description = "Referrals not disposed of whose review date is before the given day (default: due"
                    + " today or earlier), oldest review first, that the reader is cleared for. A consultation of"
                    + " records about people: X-Justification is required and every referral listed is audited.")
    @APIResponse(responseCode = "200", description = "One page of due reviews")
    @APIResponse(responseCode = "400", description = "No justification, or a bad parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a records reviewer")
    public Page<DueReview> listReferralsDueForReview(
            @Parameter(description = "list reviews due before this day (YYYY-MM-DD)") @QueryParam("before")
            LocalDate before, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "why you need these records (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        return service.due(before, PageRequest.parse(limit, cursor), caller.get());
    }

    @POST
    @Path("{id}/decisions")
    @Operation(summary = "Decide the due review of a referral",
            description = "RETAIN with a reason and the next review date, or DISPOSE with a reason: the referral's"
                    + " personal data is erased, the erasure logged, and its figures stand. Once per review;"
                    + " If-Match must carry the referral's current ETag.")
    @APIResponse(responseCode = "200", description = "The decision as recorded")
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a records reviewer")
    @APIResponse(responseCode = "404", description = "No such referral the reviewer may see")
    @APIResponse(responseCode = "409", description = "Review already decided, or not yet due")
    @APIResponse(responseCode = "412", description = "The referral changed since its ETag was read")
    @APIResponse(responseCode = "422", description = "A RETAIN without a future next review date, or a DISPOSE with one")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response decideReferralReview(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DecideReview request) {
        ReviewDecided decided = service.decide(parse(id), ifMatch, request, caller.get());
        return Response.ok(decided).tag(ETags.tag(decided.recordVersion())).build();
    }

    @GET
    @Path("report")
    @RolesAllowed({REVIEWER_ROLE, "auditor"})
    @Operation(summary = "Review figures of referrals per quarter",
            description = "For a financial year (2018-19): per quarter, the reviews that fell due and the reviews"
                    + " decided, retained and disposed of, counting only referrals the reader is cleared for.")
    @APIResponse(responseCode = "200", description = "The year's figures")
    @APIResponse(responseCode = "400", description = "Bad financial year")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a records reviewer nor an auditor")
    public ReviewReport reportReferralReviews(
            @Parameter(description = "financial year, e.g. 2024-25", required = true)
            @QueryParam("financialYear") String financialYear) {
        return service.report(financialYear, caller.get());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No referral " + id + ".");
        }
    }
}
