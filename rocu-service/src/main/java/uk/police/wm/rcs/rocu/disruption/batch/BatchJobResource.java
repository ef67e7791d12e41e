package uk.police.wm.rcs.rocu.disruption.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The jobs that import large disruption batches. */
@Path(BatchJobResource.PATH)
@Tag(name = "Disruptions", description = "Disruptions of organised crime groups, claimed by force systems and "
        + "moderated by the ROCU.")
public class BatchJobResource {

    static final String PATH = "/api/v1/disruption-batches";

    @Inject
    BatchJobService jobs;

    @Inject
    CurrentCaller caller;

    /** Progress (processed / total) of a batch job of the caller's force, and its result once completed. */
    @Operation(summary = "Follow a batch job",
            description = "Progress (processed of total) of a batch job of the caller's force, and each record's "
                          + "result once it has completed.")
    @GET
    @Path("{id}")
    @RolesAllowed("force-recorder")
    public BatchJobView getBatchJob(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No such batch job.");
        }
        return jobs.find(jobId, caller.get());
    }
}
