package uk.police.wm.rcs.cyber.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.platform.batch.BatchBodies;
import uk.police.wm.rcs.platform.batch.BatchIntake;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.batch.DryRun;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** A month's referrals in one request (JSON array, NDJSON or CSV); a dry run writes none. */
@Path("/api/v1/referrals:batch")
@Tag(name = "Referrals", description = "Cybercrime referrals (Action Fraud and direct reports), their triage and "
        + "victim contact.")
public class ReferralBatchResource {

    /** The CSV column specification, published in the contract and the README. */
    static final String CSV_COLUMNS = "CSV (text/csv, UTF-8, RFC 4180 quoting): a header row naming the columns, in "
            + "any order, with the names of the JSON fields of a referral: actionFraudReference, source, force, "
            + "crimeClass, victimType, vulnerableVictim (true/false), vulnerability, reportedLoss (4225.00), "
            + "receivedAt (2018-04-02T17:00:00Z), classification, caveats (several separated by ;). Required columns: "
            + "actionFraudReference, source, crimeClass, victimType, vulnerableVictim, reportedLoss, receivedAt (a file "
            + "without one is 400 missing-column; a column a referral does not have is 400 unknown-column). An empty "
            + "cell is an absent field. Then one referral per row; blank lines are skipped. Each result names its "
            + "row: 1 is the first row after the header.";

    @Inject
    BatchIntake intake;

    @Inject
    ReferralBatchService referrals;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Receive a batch of referrals",
            description = "Receives up to 10,000 referrals in one request, as a JSON array, as NDJSON (one referral "
                          + "per line) or as CSV (one per row). Each record is checked and received as POST "
                          + "/api/v1/referrals would (a reference received before with the same details is a "
                          + "DUPLICATE, never a second referral; with other details that record's 409): 200 with a "
                          + "result per record (index and row, outcome, the referral's id or the problem naming its "
                          + "field). Written one transaction per chunk; with dryRun=true nothing is written. "
                          + CSV_COLUMNS)
    @APIResponse(responseCode = "200", description = "A result per record, in the order sent.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not a batch: not JSON, an empty batch, or a CSV "
            + "whose header lacks a required column or names one a referral does not have, or that is not UTF-8.")
    @POST
    @Consumes({MediaType.APPLICATION_JSON, BatchBodies.NDJSON, BatchBodies.CSV})
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public BatchResult receiveReferralBatch(
            @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = ReceiveReferral.class)),
                @Content(mediaType = BatchBodies.NDJSON, schema = @Schema(type = SchemaType.STRING,
                        description = "One referral (a JSON object) per line.")),
                @Content(mediaType = BatchBodies.CSV, schema = @Schema(type = SchemaType.STRING,
                        description = CSV_COLUMNS))}) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = DryRun.DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN,
                    defaultValue = "false")) @QueryParam(DryRun.PARAMETER) String dryRun) {
        return intake.receive(body, contentType, dryRun, referrals, caller.get());
    }
}
