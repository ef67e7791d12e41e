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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Pursue investigations and operations, for CTU officers cleared to see them (others get 404, never 403). */
@Path("/api/v1/pursue/operations")
@RolesAllowed("ctu-officer")
@Tag(name = "Pursue", description = "Pursue investigations and operations, for CTU officers cleared to see them "
        + "(others get 404, never 403).")
public class PursueResource {

    @Inject
    PursueService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Record a Pursue operation",
            description = "Records an investigation or operation: 201 with it, its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Recorded: the operation.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "409", description = "An operation with this name exists.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    public Response recordPursueOperation(@Valid @NotNull RecordOperation request, @Context UriInfo uri) {
        OperationView view = service.record(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @Operation(summary = "List Pursue operations",
            description = "The operations the caller is cleared to see, a cursor page.")
    @GET
    public Page<OperationView> listPursueOperations(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @Operation(summary = "Read one Pursue operation",
            description = "One operation the caller is cleared to see, with its ETag.")
    @APIResponse(responseCode = "200", description = "The operation.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class)))
    @GET
    @Path("{id}")
    public Response getPursueOperation(@PathParam("id") UUID id) {
        OperationView view = service.get(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Replaces status, stage, counts, narrative, restriction and outcomes; needs the current ETag. */
    @Operation(summary = "Update a Pursue operation",
            description = "Replaces status, stage, counts, narrative, restriction and outcomes. Needs If-Match with "
                          + "its current ETag.")
    @APIResponse(responseCode = "200", description = "The operation as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @PUT
    @Path("{id}")
    public Response updatePursueOperation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateOperation request) {
        OperationView view = service.update(id, request, ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
