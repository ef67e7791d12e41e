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

/** A night's disruptions in one request (JSON array or NDJSON); large ones run as jobs. */
@Path("/api/v1/disruptions:batch")
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
    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @RolesAllowed("force-recorder")
    public Response importBatch(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
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
