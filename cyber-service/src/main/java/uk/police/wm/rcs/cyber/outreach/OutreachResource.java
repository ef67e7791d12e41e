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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.CampaignView;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.NewCampaign;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoMonthReport;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoMonthView;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoYear;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The Digital PCSO's monthly reach and events, and the Protect campaigns. */
@Path("/api/v1")
@Tag(name = "Outreach", description = "The Digital PCSO's monthly reach and events, Cyber Essentials promotion, "
        + "campaigns, and Protect and Prevent events.")
public class OutreachResource {

    @Inject
    OutreachService service;

    /** Reports a month ({@code 2018-07}): 201 when new, 200 when replaced or unchanged. */
    @Operation(summary = "Report a Digital PCSO month",
            description = "Reports a month (2018-07) of the Digital PCSO's reach: 201 when new, 200 when replaced "
                          + "(If-Match) or unchanged.")
    @APIResponse(responseCode = "201", description = "Created: the month.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PcsoMonthView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the month.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PcsoMonthView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("digital-pcso/months/{month}")
    @RolesAllowed("cyber-officer")
    public Response reportPcsoMonth(@PathParam("month") String month, @Valid @NotNull PcsoMonthReport request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        OutreachService.Upsert result = service.reportMonth(parseMonth(month), request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(PcsoMonthView.of(result.month())).tag(ETags.tag(result.month().version)).build();
    }

    /** A financial year's total, average and peak month ({@code /digital-pcso/2018-19}). */
    @Operation(summary = "Read a Digital PCSO year",
            description = "A financial year's total, average and peak month.")
    @GET
    @Path("digital-pcso/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public PcsoYear getPcsoYear(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.parseYear(fy));
    }

    /** A financial year's reported months, a cursor page ({@code /digital-pcso/2018-19/months}). */
    @Operation(summary = "List a year's Digital PCSO months",
            description = "A financial year's reported months, a cursor page.")
    @GET
    @Path("digital-pcso/{fy}/months")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<PcsoMonthView> listPcsoMonths(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.months(FinancialQuarter.firstOf(fy), page).map(PcsoMonthView::of);
    }

    @Operation(summary = "Record a Protect campaign",
            description = "Records a Protect campaign: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the campaign.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("protect/campaigns")
    @RolesAllowed("cyber-officer")
    public Response recordCampaign(@Valid @NotNull NewCampaign request, @Context UriInfo uri) {
        ProtectCampaign c = service.recordCampaign(request);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .entity(CampaignView.of(c)).build();
    }

    /** A financial year's campaigns by month, a cursor page ({@code /protect/campaigns/2018-19}). */
    @Operation(summary = "List a year's campaigns",
            description = "A financial year's campaigns by month, a cursor page.")
    @GET
    @Path("protect/campaigns/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<CampaignView> listCampaigns(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.campaigns(FinancialQuarter.firstOf(fy), page).map(CampaignView::of);
    }

    static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw Problems.badRequest("invalid-month", "Invalid month", "Give the month as yyyy-MM, e.g. 2018-07.");
        }
    }
}
