package uk.police.wm.rcs.ctu.prepare;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.ExerciseView;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.RecordExercise;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.UpdateLessons;
import uk.police.wm.rcs.platform.http.ETags;
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

/** Prepare: live-play and table-top exercises with their lessons (force systems post their own force's). */
@Path("/api/v1/prepare/exercises")
@RolesAllowed({"ctu-officer", "force-recorder"})
@Tag(name = "Prepare", description = "Prepare: live-play and table-top exercises and their lessons (force systems "
        + "post their own force's).")
public class PrepareResource {

    @Inject
    PrepareService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Record an exercise",
            description = "Records a live-play or table-top exercise with its lessons: 201 with it, its Location and "
                          + "ETag.")
    @APIResponse(responseCode = "201", description = "Recorded: the exercise.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    public Response recordPrepareExercise(@Valid @NotNull RecordExercise request, @Context UriInfo uri) {
        ExerciseView view = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @Operation(summary = "List exercises",
            description = "The exercises the caller may see (a force system its own force's), a cursor page.")
    @GET
    public Page<ExerciseView> listPrepareExercises(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @Operation(summary = "Read one exercise",
            description = "One exercise the caller may see, with its ETag.")
    @APIResponse(responseCode = "200", description = "The exercise.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExerciseView.class)))
    @GET
    @Path("{id}")
    public Response getPrepareExercise(@PathParam("id") UUID id) {
        ExerciseView view = service.get(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Replaces the lessons and their follow-up status; needs the current ETag. */
    @Operation(summary = "Update an exercise's lessons",
            description = "Replaces the lessons and their follow-up status. Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The exercise as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("{id}/lessons")
    public Response updateExerciseLessons(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateLessons request) {
        ExerciseView view = service.updateLessons(id, request.lessons(), ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
