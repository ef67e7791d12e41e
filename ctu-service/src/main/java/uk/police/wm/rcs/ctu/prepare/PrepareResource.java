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

/** Prepare: live-play and table-top exercises with their lessons (force systems post their own force's). */
@Path("/api/v1/prepare/exercises")
@RolesAllowed({"ctu-officer", "force-recorder"})
public class PrepareResource {

    @Inject
    PrepareService service;

    @Inject
    CurrentCaller caller;

    @POST
    public Response record(@Valid @NotNull RecordExercise request, @Context UriInfo uri) {
        ExerciseView view = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    public Page<ExerciseView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        ExerciseView view = service.get(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Replaces the lessons and their follow-up status; needs the current ETag. */
    @PUT
    @Path("{id}/lessons")
    public Response updateLessons(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateLessons request) {
        ExerciseView view = service.updateLessons(id, request.lessons(), ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
