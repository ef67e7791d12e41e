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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Cyber Essentials promotion and certifications among SMEs, and Protect and Prevent events and conferences. */
@Path("/api/v1")
@Tag(name = "Outreach", description = "The Digital PCSO's monthly reach and events, Cyber Essentials promotion, "
        + "campaigns, and Protect and Prevent events.")
public class ProtectOutreachResource {

    @Inject
    ProtectOutreachService service;

    /** Reports a month ({@code 2018-07}): 201 when new, 200 when replaced (If-Match) or unchanged. */
    @Operation(summary = "Report a Cyber Essentials month",
            description = "Reports a month (2018-07) of SMEs engaged and certified: 201 when new, 200 when replaced "
                          + "(If-Match) or unchanged.")
    @APIResponse(responseCode = "201", description = "Created: the month.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CyberEssentialsMonthView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the month.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CyberEssentialsMonthView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("protect/cyber-essentials/months/{month}")
    @RolesAllowed("cyber-officer")
    public Response reportCyberEssentialsMonth(@PathParam("month") String month,
            @Valid @NotNull CyberEssentialsReport request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context UriInfo uri) {
        ProtectOutreachService.Upsert result = service.reportCyberEssentials(OutreachResource.parseMonth(month),
                request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(CyberEssentialsMonthView.of(result.month())).tag(ETags.tag(result.month().version)).build();
    }

    /** A financial year's SMEs engaged and certifications, in total and per quarter. */
    @Operation(summary = "Read a Cyber Essentials year",
            description = "A financial year's SMEs engaged and certifications, in total and per quarter.")
    @GET
    @Path("protect/cyber-essentials/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public CyberEssentialsYear getCyberEssentialsYear(@PathParam("fy") String fy) {
        return service.cyberEssentialsYear(FinancialQuarter.firstOf(fy));
    }

    /** A financial year's reported months, a cursor page. */
    @Operation(summary = "List a year's Cyber Essentials months",
            description = "A financial year's reported months, a cursor page.")
    @GET
    @Path("protect/cyber-essentials/{fy}/months")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<CyberEssentialsMonthView> listCyberEssentialsMonths(@PathParam("fy") String fy,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.cyberEssentialsMonths(FinancialQuarter.firstOf(fy), page).map(CyberEssentialsMonthView::of);
    }

    /** Records an event or conference once held; 409 for the same name on the same day. */
    @Operation(summary = "Record an outreach event",
            description = "Records a Protect or Prevent event or conference once held: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the event.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutreachEventView.class)))
    @APIResponse(responseCode = "409", description = "An event of the same name was recorded on the same day.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("outreach/events")
    @RolesAllowed("cyber-officer")
    public Response recordOutreachEvent(@Valid @NotNull NewOutreachEvent request, @Context UriInfo uri) {
        OutreachEvent e = service.recordEvent(request);
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(OutreachEventView.of(e)).build();
    }

    /** A financial year's events and conferences by the day held, a cursor page. */
    @Operation(summary = "List a year's outreach events",
            description = "A financial year's events and conferences by the day held, a cursor page.")
    @GET
    @Path("outreach/events/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<OutreachEventView> listOutreachEvents(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.events(FinancialQuarter.firstOf(fy), page).map(OutreachEventView::of);
    }
}
