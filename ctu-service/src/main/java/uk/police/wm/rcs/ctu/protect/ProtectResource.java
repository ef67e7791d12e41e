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
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Protect: security-advisor visits, reviews and training (force systems post their own), and planned events. */
@Path("/api/v1/protect")
@Tag(name = "Protect", description = "Protect: security-advisor visits, reviews and training (force systems post "
        + "their own force's), and planned events.")
public class ProtectResource {

    @Inject
    ProtectService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Record a Protect activity",
            description = "Records a security-advisor visit, review or training session; a force system records its "
                          + "own force's: 201 with the activity and its Location; 200 with the original when the same "
                          + "activity was recorded before, 409 when it was recorded with other details.")
    @APIResponse(responseCode = "201", description = "Recorded: the activity.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before (same force, reference and marking) with the "
            + "same details: the original activity, so a retry never makes a second one.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "Already taken in (same force, reference and marking) with other "
            + "details.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = NaturalKeyConflict.TYPE))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @Path("activities")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public Response recordProtectActivity(@Valid @NotNull RecordActivity request, @Context UriInfo uri) {
        ProtectService.Recorded recorded = service.record(request, caller.get());
        ActivityView view = recorded.activity();
        Response.ResponseBuilder response = recorded.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                : Response.ok();
        return response.entity(view).build();
    }

    @Operation(summary = "List Protect activities",
            description = "The Protect activities the caller may see (a force system its own force's), a cursor page.")
    @GET
    @Path("activities")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public Page<ActivityView> listProtectActivities(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @Operation(summary = "Read one Protect activity",
            description = "One Protect activity the caller may see.")
    @GET
    @Path("activities/{id}")
    @RolesAllowed({"ctu-officer", "force-recorder"})
    public ActivityView getProtectActivity(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @Operation(summary = "Register a planned event",
            description = "Registers a crowded-place event being planned for: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Registered: the event.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlannedEventView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @Path("planned-events")
    @RolesAllowed("ctu-officer")
    public Response registerPlannedEvent(@Valid @NotNull RegisterEvent request, @Context UriInfo uri) {
        PlannedEventView view = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @Operation(summary = "List planned events",
            description = "The planned events the caller may see, a cursor page.")
    @GET
    @Path("planned-events")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public Page<PlannedEventView> listPlannedEvents(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.plannedEvents(PageRequest.parse(limit, cursor));
    }

    @Operation(summary = "Read one planned event",
            description = "One planned event the caller may see.")
    @GET
    @Path("planned-events/{id}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public PlannedEventView getPlannedEvent(@PathParam("id") UUID id) {
        return service.plannedEvent(id);
    }
}
