package uk.police.wm.rcs.ctu.prevent;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.CaseView;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.Progress;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.ReferCase;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** Prevent referrals and cases: every read states its purpose in {@code X-Justification} and is audited. */
@Path("/api/v1/prevent/cases")
@RolesAllowed("ctu-officer")
public class PreventResource {

    @Inject
    PreventService service;

    @Inject
    CurrentCaller caller;

    @POST
    public Response refer(@Valid @NotNull ReferCase request, @Context UriInfo uri) {
        CaseView view = service.refer(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    public Page<CaseView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "why you need these records (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") UUID id,
            @Parameter(description = "why you need this record (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        CaseView view = service.read(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Moves the case on (stage, outcome, safeguarding); needs the current ETag. */
    @PUT
    @Path("{id}/progress")
    public Response progress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Progress request) {
        CaseView view = service.progress(id, request, ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
