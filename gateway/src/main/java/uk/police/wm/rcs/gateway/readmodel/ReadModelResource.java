package uk.police.wm.rcs.gateway.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus.Freshness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The read model's freshness, and the command that rebuilds it by replaying every topic from the start. */
@Path("/api/v1/read-model")
@Tag(name = "Governance", description = "The regional governance view per quarter, built from the services' events.")
public class ReadModelResource {

    @Inject
    ReadModelStatus status;

    @Inject
    ReadModelConsumer consumer;

    @Operation(summary = "Read the read model's freshness",
            description = "How far the governance read model has read each topic, and whether it is being rebuilt.")
    @GET
    @Path("freshness")
    @RolesAllowed({"governance-viewer", "admin", "auditor"})
    public Freshness getReadModelFreshness() {
        return status.freshness();
    }

    /** Empties the read model and replays the topics; poll the freshness until {@code rebuilding} is false. */
    @Operation(summary = "Rebuild the read model",
            description = "Empties the read model and replays every topic from the start: 202; poll the freshness "
                          + "until rebuilding is false.")
    @APIResponse(responseCode = "202", description = "Rebuilding: the freshness now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Freshness.class)))
    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    public Response rebuildReadModel() {
        consumer.requestRebuild();
        return Response.accepted(status.freshness()).build();
    }
}
