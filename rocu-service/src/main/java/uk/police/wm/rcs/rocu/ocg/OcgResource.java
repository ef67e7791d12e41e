package uk.police.wm.rcs.rocu.ocg;

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
import uk.police.wm.rcs.rocu.crime.ActivityLevel;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeView;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgCounts;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgDetails;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgFilter;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgView;

/** The OCG register, kept by ROCU analysts. */
@Path("/api/v1/ocgs")
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
    @POST
    @RolesAllowed("rocu-analyst")
    public Response map(@Valid @NotNull OcgDetails details, @Context UriInfo uri) {
        Ocg o = service.map(details, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id.toString()).build())
                .tag(ETags.tag(o.version)).entity(OcgView.of(o)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"rocu-analyst", "moderator"})
    public Response get(@PathParam("id") String id) {
        Ocg o = service.visible(parse(id), caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Replaces a group's details; {@code If-Match} with its current ETag is required. */
    @PUT
    @Path("{id}")
    @RolesAllowed("rocu-analyst")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OcgDetails details) {
        Ocg o = service.update(parse(id), details, ifMatch, caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Archives a group; {@code If-Match} with its current ETag is required. */
    @POST
    @Path("{id}/archive")
    @RolesAllowed("rocu-analyst")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Ocg o = service.archive(parse(id), ifMatch, caller.get());
        return Response.ok(OcgView.of(o)).tag(ETags.tag(o.version)).build();
    }

    /** Groups the caller may see, in register order. */
    @GET
    @RolesAllowed({"rocu-analyst", "moderator"})
    public Page<OcgView> list(@QueryParam("force") Force force, @QueryParam("crimeType") CrimeType crimeType,
            @QueryParam("activityLevel") ActivityLevel activityLevel, @QueryParam("status") OcgStatus status,
            @QueryParam("band") String band, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.list(new OcgFilter(force, crimeType, activityLevel, status, band),
                PageRequest.parse(limit, cursor), caller.get()).map(OcgView::of);
    }

    /** Active groups per predominant crime type (the report's Figure 3). */
    @GET
    @Path("counts")
    @RolesAllowed({"rocu-analyst", "moderator", "governance-viewer"})
    public OcgCounts counts() {
        return queries.activeByCrimeType(caller.get());
    }

    /** The cross-border notices partner regions attached to a group the caller may see. */
    @GET
    @Path("{id}/notices")
    @RolesAllowed("rocu-analyst")
    public List<NoticeView> notices(@PathParam("id") String id) {
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
