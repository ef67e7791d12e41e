package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
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
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeView;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgCounts;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgDetails;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgFilter;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The OCG register, kept by ROCU analysts. */
@Path("/api/v1/ocgs")
@Tag(name = "OCG register", description = "Organised crime groups as mapped by ROCU analysts, with their threat bands "
        + "and cross-border notices.")
public class OcgResource {

    @Inject
    OcgService service;

    @Inject
    OcgQueries queries;

    @Inject
    CrossBorderNoticeService notices;

    @Inject
    CurrentCaller caller;

    /** Maps a new group: 201 with its {@code Location}. */
    @Operation(summary = "Map a new OCG",
            description = "Maps a new organised crime group into the register: 201 with its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Mapped: the new group.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OcgView.class)))
    @APIResponse(responseCode = "409", description = "A group with this reference exists.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The details break a rule of the register (the problem names the "
            + "field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @RolesAllowed("rocu-analyst")
    public Response mapOcg(@Valid @NotNull OcgDetails details, @Context UriInfo uri) {
        Ocg o = service.map(details, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id.toString()).build())
                .tag(ETags.tag(o.version)).entity(OcgView.of(o)).build();
    }

    @Operation(summary = "Read one OCG",
            description = "One group of the register the caller may see, with its ETag.")
    @APIResponse(responseCode = "200", description = "The group.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OcgView.class)))
    @GET
    @Path("{id}")
    @RolesAllowed({"rocu-analyst", "moderator"})
    public Response getOcg(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        Ocg o = service.visible(parse(id), caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Replaces a group's details; {@code If-Match} with its current ETag is required. */
    @Operation(summary = "Replace an OCG's details",
            description = "Replaces a group's details. Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The group as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OcgView.class)))
    @APIResponse(responseCode = "409", description = "An archived OCG cannot be changed.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The details break a rule of the register (the problem names the "
            + "field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @PUT
    @Path("{id}")
    @RolesAllowed("rocu-analyst")
    public Response updateOcg(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OcgDetails details) {
        Ocg o = service.update(parse(id), details, ifMatch, caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Archives a group; {@code If-Match} with its current ETag is required. */
    @Operation(summary = "Archive an OCG",
            description = "Archives a group that is no longer active. Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The archived group, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OcgView.class)))
    @APIResponse(responseCode = "409", description = "The group is archived already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @POST
    @Path("{id}/archive")
    @RolesAllowed("rocu-analyst")
    public Response archiveOcg(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Ocg o = service.archive(parse(id), ifMatch, caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Groups the caller may see, in register order. */
    @Operation(summary = "List OCGs",
            description = "The groups the caller may see, in register order, a cursor page; filters: force, "
                          + "crimeType, activityLevel, status and band.")
    @GET
    @RolesAllowed({"rocu-analyst", "moderator"})
    public Page<OcgView> listOcgs(@QueryParam("force") Force force, @QueryParam("crimeType") CrimeType crimeType,
            @QueryParam("activityLevel") ActivityLevel activityLevel, @QueryParam("status") OcgStatus status,
            @QueryParam("band") String band, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.list(new OcgFilter(force, crimeType, activityLevel, status, band),
                PageRequest.parse(limit, cursor), caller.get()).map(OcgView::of);
    }

    /** Active groups per predominant crime type (the report's Figure 3). */
    @Operation(summary = "Count active OCGs by crime type",
            description = "Active groups per predominant crime type (the report's Figure 3), counted at the caller's "
                          + "clearance.")
    @GET
    @Path("counts")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public OcgCounts countActiveOcgs() {
        return queries.activeByCrimeType(caller.get());
    }

    /** The cross-border notices partner regions attached to a group the caller may see. */
    @Operation(summary = "List a group's cross-border notices",
            description = "The cross-border notices partner regions attached to a group the caller may see.")
    @GET
    @Path("{id}/notices")
    @RolesAllowed("rocu-analyst")
    public List<NoticeView> listOcgNotices(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        Ocg o = service.visible(parse(id), caller.get());
        return notices.forOcg(o.id).stream().map(NoticeView::of).toList();
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(OcgService.NOT_FOUND);
        }
    }
}
