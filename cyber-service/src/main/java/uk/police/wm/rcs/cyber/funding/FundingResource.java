package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.cyber.events.FundingEvents;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Funding: the national programmes (NCSP, PTF) and bids to boards. */
@Path("/api/v1/funding")
@Tag(name = "Funding", description = "Funding: the national programmes (NCSP, PTF) and bids to boards.")
public class FundingResource {

    @Inject
    FundingService service;

    @Operation(summary = "Set a funding programme",
            description = "Sets a national programme's allocation: 201 when new, 200 when replaced (If-Match) or "
                          + "unchanged.")
    @APIResponse(responseCode = "201", description = "Created: the programme.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the programme.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("programmes/{code}")
    @RolesAllowed("cyber-officer")
    public Response setFundingProgramme(@PathParam("code") FundingEvents.Code code,
            @Valid @NotNull SetProgramme request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        FundingService.Upsert result = service.setProgramme(code, request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(ProgrammeView.of(result.programme())).tag(ETags.tag(result.programme().version)).build();
    }

    @Operation(summary = "List funding programmes",
            description = "The national funding programmes, a cursor page.")
    @GET
    @Path("programmes")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ProgrammeView> listFundingProgrammes(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.programmes(PageRequest.parse(limit, cursor)).map(ProgrammeView::of);
    }

    @Operation(summary = "Submit a bid",
            description = "Records a bid to a board: 201 with it, its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Submitted: the bid.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("bids")
    @RolesAllowed("cyber-officer")
    public Response submitBid(@Valid @NotNull NewBid request, @Context UriInfo uri) {
        FundingBid b = service.submit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(b.id.toString()).build())
                .tag(ETags.tag(b.version)).entity(BidView.of(b)).build();
    }

    /** Records a bid's decision (If-Match). */
    @Operation(summary = "Record a bid's decision",
            description = "Records the board's decision on a bid. Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The bid with its decision, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("bids/{id}/decision")
    @RolesAllowed("cyber-officer")
    public Response decideBid(@PathParam("id") UUID id, @Valid @NotNull Decision request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundingBid b = service.decide(id, request, ifMatch);
        return Response.ok(BidView.of(b)).tag(ETags.tag(b.version)).build();
    }

    @Operation(summary = "List bids",
            description = "The bids, a cursor page.")
    @GET
    @Path("bids")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<BidView> listBids(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.bids(PageRequest.parse(limit, cursor)).map(BidView::of);
    }
}
