package uk.police.wm.rcs.ctu.protect;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.ActivityView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.PlannedEventView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RegisterEvent;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** Protect: security-advisor visits, reviews and training (force systems post their own), and planned events. */
@Path("/api/v1/protect")
public class ProtectResource {

    @Inject
    ProtectService service;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("activities")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public Response record(@Valid @NotNull RecordActivity request, @Context UriInfo uri) {
        ActivityView view = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("activities")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public Page<ActivityView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @GET
    @Path("activities/{id}")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public ActivityView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @POST
    @Path("planned-events")
    @RolesAllowed("ctu-officer")
    public Response register(@Valid @NotNull RegisterEvent request, @Context UriInfo uri) {
        PlannedEventView view = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("planned-events")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public Page<PlannedEventView> plannedEvents(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.plannedEvents(PageRequest.parse(limit, cursor));
    }

    @GET
    @Path("planned-events/{id}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public PlannedEventView plannedEvent(@PathParam("id") UUID id) {
        return service.plannedEvent(id);
    }
}
