package uk.police.wm.rcs.rocu.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.strategy.ControlStrategyService.NewStrategy;
import uk.police.wm.rcs.rocu.strategy.ControlStrategyService.StrategyView;

/** The regional control strategy per financial year, each change a new version. */
@Path("/api/v1/control-strategies")
public class ControlStrategyResource {

    @Inject
    ControlStrategyService service;

    @Inject
    CurrentCaller caller;

    /** Records the year's priorities as its next version: 201 with the version's {@code Location}. */
    @POST
    @Path("{fy}")
    @RolesAllowed("rocu-analyst")
    public Response record(@PathParam("fy") String fy, @Valid @NotNull NewStrategy strategy, @Context UriInfo uri) {
        StrategyView view = service.record(fy, strategy, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path("versions").path(String.valueOf(view.version()))
                .build()).entity(view).build();
    }

    /** The year's current version. */
    @GET
    @Path("{fy}")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public StrategyView current(@PathParam("fy") String fy) {
        return service.find(fy, null);
    }

    @GET
    @Path("{fy}/versions/{version}")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public StrategyView version(@PathParam("fy") String fy, @PathParam("version") int version) {
        return service.find(fy, version);
    }
}
