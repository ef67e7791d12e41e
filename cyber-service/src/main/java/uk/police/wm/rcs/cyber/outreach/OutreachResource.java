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

/** The Digital PCSO's monthly reach and events, and the Protect campaigns. */
@Path("/api/v1")
public class OutreachResource {

    @Inject
    OutreachService service;

    /** Reports a month ({@code 2018-07}): 201 when new, 200 when replaced or unchanged. */
    @PUT
    @Path("digital-pcso/months/{month}")
    @RolesAllowed("cyber-officer")
    public Response reportMonth(@PathParam("month") String month, @Valid @NotNull PcsoMonthReport request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        OutreachService.Upsert result = service.reportMonth(parseMonth(month), request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(PcsoMonthView.of(result.month())).tag(ETags.tag(result.month().version)).build();
    }

    /** A financial year's total, average and peak month ({@code /digital-pcso/2018-19}). */
    @GET
    @Path("digital-pcso/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public PcsoYear pcsoYear(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.parseYear(fy));
    }

    /** A financial year's reported months, a cursor page ({@code /digital-pcso/2018-19/months}). */
    @GET
    @Path("digital-pcso/{fy}/months")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<PcsoMonthView> pcsoMonths(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.months(FinancialQuarter.firstOf(fy), page).map(PcsoMonthView::of);
    }

    @POST
    @Path("protect/campaigns")
    @RolesAllowed("cyber-officer")
    public Response recordCampaign(@Valid @NotNull NewCampaign request, @Context UriInfo uri) {
        ProtectCampaign c = service.recordCampaign(request);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .entity(CampaignView.of(c)).build();
    }

    /** A financial year's campaigns by month, a cursor page ({@code /protect/campaigns/2018-19}). */
    @GET
    @Path("protect/campaigns/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<CampaignView> campaigns(@PathParam("fy") String fy, @QueryParam("limit") String limit,
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
