package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.batch.BatchBodies;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.batch.DryRun;
import uk.police.wm.rcs.platform.config.BatchConfig;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.config.RocuConfig;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;

/** A night's disruptions in one request (JSON array, NDJSON or CSV); large ones run as jobs; a dry run writes none. */
@Path("/api/v1/disruptions:batch")
@Tag(name = "Disruptions", description = "Disruptions of organised crime groups, claimed by force systems and "
        + "moderated by the ROCU.")
public class DisruptionBatchResource {

    /** The CSV column specification, published in the contract and the README. */
    static final String CSV_COLUMNS = "CSV (text/csv, UTF-8, RFC 4180 quoting): a header row naming the columns, "
            + "in any order, with the names of the JSON fields of a claim: sourceRecordId, targetType, ocgReference, "
            + "priorityIndividualRef, leadAgency, crimeType, claimedImpact, category, activityLevel, disruptedOn "
            + "(2018-08-14), narrative, highlight (true/false), force, classification, caveats (several separated by "
            + ";). Required columns: sourceRecordId, targetType, leadAgency, crimeType, claimedImpact, category, "
            + "activityLevel, disruptedOn, narrative (a file without one is 400 missing-column; a column a claim does "
            + "not have is 400 unknown-column). An empty cell is an absent field. Then one claim per row; blank lines "
            + "are skipped. Each result names its row: 1 is the first row after the header.";

    @Inject
    DisruptionBatchService batches;

    @Inject
    BatchJobService jobs;

    @Inject
    CurrentCaller caller;

    @Inject
    RocuConfig config;

    @Inject
    BatchConfig limits;

    @Inject
    ObjectMapper json;

    /**
     * Imports up to 10,000 claims: 200 with a result per record, or, above the async threshold, 202 with a job to
     * follow ({@code Location}); a dry run is always answered at once.
     */
    @Operation(summary = "Claim a batch of disruptions",
            description = "Claims up to 10,000 disruptions in one request, as a JSON array of claims, as NDJSON "
                          + "(one claim per line) or as CSV (one claim per row). Each record is checked and claimed "
                          + "as POST /api/v1/disruptions would (a retry of one already claimed is no second record). "
                          + "Up to the asynchronous threshold: 200 with a result per record (its index and row, "
                          + "status, and the record or the problem naming its field). Above it: 202 with a job to "
                          + "follow at Location. With dryRun=true nothing is written and the answer is always 200. "
                          + CSV_COLUMNS)
    @APIResponse(responseCode = "200", description = "A result per record, in the order sent.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "202", description = "Too many records to claim at once: a job; follow it at Location.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchJobView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a batch: not JSON, an empty batch, or a CSV "
            + "whose header lacks a required column or names one a claim does not have, or that is not UTF-8.")
    @POST
    @Consumes({MediaType.APPLICATION_JSON, BatchBodies.NDJSON, BatchBodies.CSV})
    @RolesAllowed("force-recorder")
    public Response importBatch(
            @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = ClaimDisruption.class)),
                @Content(mediaType = BatchBodies.NDJSON, schema = @Schema(type = SchemaType.STRING,
                        description = "One claim (a JSON object) per line.")),
                @Content(mediaType = BatchBodies.CSV, schema = @Schema(type = SchemaType.STRING,
                        description = CSV_COLUMNS))}) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = DryRun.DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN,
                    defaultValue = "false")) @QueryParam(DryRun.PARAMETER) String dryRun,
            @Context UriInfo uri) {
        boolean dry = DryRun.parse(dryRun);
        List<JsonNode> records = BatchBodies.parse(body, contentType, ClaimDisruption.class, limits.maxRecords(), json);
        if (dry || records.size() <= config.batch().asyncThreshold()) {
            return Response.ok(batches.importAll(records, caller.get(), dry, processed -> { })).build();
        }
        BatchJobView job = jobs.submit(records, caller.get());
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path(BatchJobResource.PATH).path(job.id()).build()).build();
    }
}
