package uk.police.wm.rcs.ctu.pursue;

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
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.RecordOperation;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.UpdateOperation;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** Pursue investigations and operations, for CTU officers cleared to see them (others get 404, never 403). */
@Path("/api/v1/pursue/operations")
@RolesAllowed("ctu-officer")
public class PursueResource {

    @Inject
    PursueService service;

    @Inject
    CurrentCaller caller;

    @POST
    public Response record(@Valid @NotNull RecordOperation request, @Context UriInfo uri) {
        OperationView view = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    public Page<OperationView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        OperationView view = service.get(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Replaces status, stage, counts, narrative, restriction and outcomes; needs the current ETag. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateOperation request) {
        OperationView view = service.update(id, request, ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
