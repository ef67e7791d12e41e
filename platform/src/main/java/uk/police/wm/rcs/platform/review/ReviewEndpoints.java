package uk.police.wm.rcs.platform.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.wm.rcs.platform.audit.AuditResource;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.DueReview;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewDecided;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewReport;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * The MoPI review's HTTP operations, the same in every service that keeps records about people: the queue of records
 * due, the decision (retain or dispose) and the year's report. A service's resource extends this with its
 * {@code @Path("/api/v1/reviews")} and {@code @Tag}, and says which records through {@link #records()}. (The
 * OpenAPI scanner derives an operation's security from {@code @RolesAllowed} only on the resource class's own
 * methods, so these inherited ones state it: the scheme, with the roles as its scopes, which the platform's
 * ContractFilter turns into the operation's roles as for every other operation.)
 */
public abstract class ReviewEndpoints {

    public static final String REVIEWER_ROLE = "records-reviewer";
    private static final String BEARER = "bearer";

    @Inject
    CurrentCaller caller;

    @Inject
    ReviewQueue queue;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReviewReports reports;

    /** The service's records under review. */
    protected abstract ReviewedRecords<?> records();

    @GET
    @Path("due")
    @RolesAllowed(REVIEWER_ROLE)
    @SecurityRequirement(name = BEARER, scopes = REVIEWER_ROLE)
    @Operation(summary = "List the records about people due for review",
            description = "Records about people not disposed of whose review date is before the given day (default:"
                    + " due today or earlier), oldest review first, that the reader is cleared for. A consultation of"
                    + " records about people: X-Justification is required and every record listed is audited.")
    @APIResponse(responseCode = "200", description = "One page of due reviews")
    @APIResponse(responseCode = "400", description = "No justification, or a bad parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a records reviewer")
    public Page<DueReview> listRecordsDueForReview(
            @Parameter(description = "list reviews due before this day (YYYY-MM-DD)") @QueryParam("before")
            LocalDate before, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "why you need these records (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        return due(records(), before, PageRequest.parse(limit, cursor));
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed(REVIEWER_ROLE)
    @SecurityRequirement(name = BEARER, scopes = REVIEWER_ROLE)
    @Transactional
    @Operation(summary = "Decide the due review of a record about a person",
            description = "RETAIN with a reason and the next review date, or DISPOSE with a reason: the record's"
                    + " personal data is erased, the erasure logged, and the figures that count the record stand."
                    + " Once per review; If-Match must carry the record's current ETag.")
    @APIResponse(responseCode = "200", description = "The decision as recorded")
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a records reviewer")
    @APIResponse(responseCode = "404", description = "No such record about a person that the reviewer may see")
    @APIResponse(responseCode = "409", description = "Review already decided, or not yet due")
    @APIResponse(responseCode = "412", description = "The record changed since its ETag was read")
    @APIResponse(responseCode = "422", description = "A RETAIN without a future next review date, or a DISPOSE with one")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response decideRecordReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecideReview request) {
        ReviewedRecords<?> records = records();
        ReviewDecided decided = decisions.decide(records.table(), records.visible().apply(id, caller.get()), ifMatch,
                request, caller.get());
        return Response.ok(decided).tag(ETags.tag(decided.recordVersion())).build();
    }

    @GET
    @Path("report")
    @RolesAllowed({REVIEWER_ROLE, AuditResource.AUDITOR_ROLE})
    @SecurityRequirement(name = BEARER, scopes = {REVIEWER_ROLE, AuditResource.AUDITOR_ROLE})
    @Operation(summary = "Review figures of records about people per quarter",
            description = "For a financial year (2018-19): per quarter, the reviews that fell due and the reviews"
                    + " decided, retained and disposed of, counting only records the reader is cleared for.")
    @APIResponse(responseCode = "200", description = "The year's figures")
    @APIResponse(responseCode = "400", description = "Bad financial year")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a records reviewer nor an auditor")
    public ReviewReport reportRecordReviews(
            @Parameter(description = "financial year, e.g. 2024-25", required = true)
            @QueryParam("financialYear") String financialYear) {
        return reports.report(records().table(), financialYear, caller.get());
    }

    private <E> Page<DueReview> due(ReviewedRecords<E> records, LocalDate before, PageRequest page) {
        ReviewedTable table = records.table();
        return queue.due(table, records.entity(), records.oldestReviewFirst(), before, page, caller.get(),
                row -> records.asReviewed().apply(row).id()).map(row -> {
                    ReviewedRecord r = records.asReviewed().apply(row);
                    return new DueReview(r.id(), table.recordType(), r.reviewDueOn(), r.quarter(),
                            r.marking().classification(), r.marking().caveats(), r.version());
                });
    }
}
