package uk.police.wm.rcs.gateway.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus.Freshness;

/** The read model's freshness, and the command that rebuilds it by replaying every topic from the start. */
@Path("/api/v1/read-model")
public class ReadModelResource {

    @Inject
    ReadModelStatus status;

    @Inject
    ReadModelConsumer consumer;

    @GET
    @Path("freshness")
    @RolesAllowed({"governance-viewer", "admin", "auditor"})
    public Freshness freshness() {
        return status.freshness();
    }

    /** Empties the read model and replays the topics; poll the freshness until {@code rebuilding} is false. */
    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    public Response rebuild() {
        consumer.requestRebuild();
        return Response.accepted(status.freshness()).build();
    }
}
