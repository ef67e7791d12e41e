package uk.police.wm.rcs.cyber.funding;

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
import uk.police.wm.rcs.cyber.funding.FundingService.BidView;
import uk.police.wm.rcs.cyber.funding.FundingService.Decision;
import uk.police.wm.rcs.cyber.funding.FundingService.NewBid;
import uk.police.wm.rcs.cyber.funding.FundingService.ProgrammeView;
import uk.police.wm.rcs.cyber.funding.FundingService.SetProgramme;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;

/** Funding: the national programmes (NCSP, PTF) and bids to boards. */
@Path("/api/v1/funding")
public class FundingResource {

    @Inject
    FundingService service;

    @PUT
    @Path("programmes/{code}")
    @RolesAllowed("cyber-officer")
    public Response setProgramme(@PathParam("code") FundingProgramme.Code code, @Valid @NotNull SetProgramme request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        FundingService.Upsert result = service.setProgramme(code, request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(ProgrammeView.of(result.programme())).tag(ETags.tag(result.programme().version)).build();
    }

    @GET
    @Path("programmes")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ProgrammeView> programmes(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.programmes(PageRequest.parse(limit, cursor)).map(ProgrammeView::of);
    }

    @POST
    @Path("bids")
    @RolesAllowed("cyber-officer")
    public Response submit(@Valid @NotNull NewBid request, @Context UriInfo uri) {
        FundingBid b = service.submit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(b.id.toString()).build())
                .tag(ETags.tag(b.version)).entity(BidView.of(b)).build();
    }

    /** Records a bid's decision (If-Match). */
    @PUT
    @Path("bids/{id}/decision")
    @RolesAllowed("cyber-officer")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull Decision request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundingBid b = service.decide(id, request, ifMatch);
        return Response.ok(BidView.of(b)).tag(ETags.tag(b.version)).build();
    }

    @GET
    @Path("bids")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<BidView> bids(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.bids(PageRequest.parse(limit, cursor)).map(BidView::of);
    }
}
