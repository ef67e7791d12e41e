package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.config.RocuConfig;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** A night's disruptions in one request (JSON array or NDJSON); large ones run as jobs. */
@Path("/api/v1/disruptions:batch")
@Tag(name = "Disruptions", description = "Disruptions of organised crime groups, claimed by force systems and "
        + "moderated by the ROCU.")
public class DisruptionBatchResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    DisruptionBatchService batches;

    @Inject
    BatchJobService jobs;

    @Inject
    CurrentCaller caller;

    @Inject
    RocuConfig config;

    @Inject
    ObjectMapper json;

    /**
     * Imports up to 10,000 claims: 200 with a result per record, or, above the async threshold, 202 with a job to
     * follow ({@code Location}).
     */
    @Operation(summary = "Claim a batch of disruptions",
            description = "Claims up to 10,000 disruptions in one request, as a JSON array of claims or as NDJSON "
                          + "(one claim per line). Each record is claimed as POST /api/v1/disruptions would (a "
                          + "retry of one already claimed is no second record). Up to the asynchronous threshold: "
                          + "200 with a result per record (its index, status and the record or the problem). Above "
                          + "it: 202 with a job to follow at Location.")
    @APIResponse(responseCode = "200", description = "A result per record, in the order sent.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchRequests.BatchResult.class)))
    @APIResponse(responseCode = "202", description = "Too many records to claim at once: a job; follow it at Location.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchJobView.class)))
    @APIResponse(responseCode = "422", description = "The batch is empty, or holds more records than the service "
            + "accepts.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @RolesAllowed("force-recorder")
    public Response importBatch(
            @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = ClaimDisruption.class)),
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                        description = "One claim (a JSON object) per line."))}) String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri) {
        boolean ndjson = contentType != null && contentType.toLowerCase().startsWith(NDJSON);
        List<JsonNode> records = BatchParser.parse(body, ndjson, config.batch().maxRecords(), json);
        if (records.size() <= config.batch().asyncThreshold()) {
            return Response.ok(batches.importAll(records, caller.get(), processed -> { })).build();
        }
        BatchJobView job = jobs.submit(records, caller.get());
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path(BatchJobResource.PATH).path(job.id()).build()).build();
    }
}
