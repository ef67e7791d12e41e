package uk.police.wm.rcs.cyber.outreach;

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
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsMonthView;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsReport;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsYear;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.NewOutreachEvent;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.OutreachEventView;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Cyber Essentials promotion and certifications among SMEs, and Protect and Prevent events and conferences. */
@Path("/api/v1")
public class ProtectOutreachResource {

    @Inject
    ProtectOutreachService service;

    /** Reports a month ({@code 2018-07}): 201 when new, 200 when replaced (If-Match) or unchanged. */
    @PUT
    @Path("protect/cyber-essentials/months/{month}")
    @RolesAllowed("cyber-officer")
    public Response reportCyberEssentials(@PathParam("month") String month,
            @Valid @NotNull CyberEssentialsReport request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context UriInfo uri) {
        ProtectOutreachService.Upsert result = service.reportCyberEssentials(OutreachResource.parseMonth(month),
                request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(CyberEssentialsMonthView.of(result.month())).tag(ETags.tag(result.month().version)).build();
    }

    /** A financial year's SMEs engaged and certifications, in total and per quarter. */
    @GET
    @Path("protect/cyber-essentials/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public CyberEssentialsYear cyberEssentialsYear(@PathParam("fy") String fy) {
        return service.cyberEssentialsYear(FinancialQuarter.firstOf(fy));
    }

    /** A financial year's reported months, a cursor page. */
    @GET
    @Path("protect/cyber-essentials/{fy}/months")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<CyberEssentialsMonthView> cyberEssentialsMonths(@PathParam("fy") String fy,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.cyberEssentialsMonths(FinancialQuarter.firstOf(fy), page).map(CyberEssentialsMonthView::of);
    }

    /** Records an event or conference once held; 409 for the same name on the same day. */
    @POST
    @Path("outreach/events")
    @RolesAllowed("cyber-officer")
    public Response recordEvent(@Valid @NotNull NewOutreachEvent request, @Context UriInfo uri) {
        OutreachEvent e = service.recordEvent(request);
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(OutreachEventView.of(e)).build();
    }

    /** A financial year's events and conferences by the day held, a cursor page. */
    @GET
    @Path("outreach/events/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<OutreachEventView> events(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.events(FinancialQuarter.firstOf(fy), page).map(OutreachEventView::of);
    }
}
