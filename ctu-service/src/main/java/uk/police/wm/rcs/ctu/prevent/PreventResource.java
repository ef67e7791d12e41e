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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Prevent referrals and cases: every read states its purpose in {@code X-Justification} and is audited. */
@Path("/api/v1/prevent/cases")
@RolesAllowed("ctu-officer")
@Tag(name = "Prevent", description = "Prevent referrals and cases: every read states its purpose in X-Justification "
        + "and is audited.")
public class PreventResource {

    @Inject
    PreventService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Refer a Prevent case",
            description = "Records a Prevent referral as a new case: 201 with it, its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Referred: the case.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    public Response referPreventCase(@Valid @NotNull ReferCase request, @Context UriInfo uri) {
        CaseView view = service.refer(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @Operation(summary = "List Prevent cases",
            description = "The cases the caller may see, a cursor page. The reason given in X-Justification is "
                          + "written to the audit log with the records read.")
    @GET
    public Page<CaseView> listPreventCases(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "why you need these records (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        return service.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @Operation(summary = "Read one Prevent case",
            description = "One case the caller may see, with its ETag. The reason given in X-Justification is written "
                          + "to the audit log.")
    @APIResponse(responseCode = "200", description = "The case.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @GET
    @Path("{id}")
    public Response getPreventCase(@PathParam("id") UUID id,
            @Parameter(description = "why you need this record (10-500 characters)", required = true)
            @HeaderParam(Justification.HEADER) String why) {
        CaseView view = service.read(id, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    /** Moves the case on (stage, outcome, safeguarding); needs the current ETag. */
    @Operation(summary = "Move a Prevent case on",
            description = "Moves the case on (stage, outcome, safeguarding). Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The case as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @PUT
    @Path("{id}/progress")
    public Response progressPreventCase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Progress request) {
        CaseView view = service.progress(id, request, ifMatch, caller.get());
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
