package uk.police.wm.rcs.rocu.disruption;

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
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionFilter;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.disruption.DisruptionService.ClaimOutcome;

/** Disruptions: claimed by force systems, read by the ROCU and moderators (and by each force for its own). */
@Path("/api/v1/disruptions")
public class DisruptionResource {

    @Inject
    DisruptionService service;

    @Inject
    DisruptionQueries queries;

    @Inject
    CurrentCaller caller;

    /** Claims a disruption for the token's force: 201 when new, 200 with the original for a retry of the same record. */
    @POST
    @RolesAllowed("force-recorder")
    public Response claim(@Valid @NotNull ClaimDisruption request, @Context UriInfo uri) {
        ClaimOutcome outcome = service.claim(request, caller.get());
        Disruption d = outcome.disruption();
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build())
                : Response.ok();
        return response.tag(ETags.tag(d.version)).entity(DisruptionView.of(d, false)).build();
    }

    /** One disruption; one that names a priority individual needs an {@code X-Justification} and is audited. */
    @GET
    @Path("{id}")
    @RolesAllowed({"force-recorder", "rocu-analyst", "moderator"})
    public Response get(@PathParam("id") String id) {
        Disruption d = service.read(parse(id), caller.get());
        return Response.ok(DisruptionView.of(d, true)).tag(ETags.tag(d.version)).build();
    }

    /** Amends a claimed or returned disruption of the caller's force ({@code If-Match} required): a re-claim. */
    @PUT
    @Path("{id}")
    @RolesAllowed("force-recorder")
    public Response amend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClaimDisruption request) {
        Disruption d = service.amend(parse(id), request, ifMatch, caller.get());
        return Response.ok(DisruptionView.of(d, false)).tag(ETags.tag(d.version)).build();
    }

    /** Disruptions the caller may see, oldest first; {@code quarter} like {@code 2018-19/Q2}. */
    @GET
    @RolesAllowed({"force-recorder", "rocu-analyst", "moderator"})
    public Page<DisruptionView> list(@QueryParam("force") Force force, @QueryParam("ocg") String ocg,
            @QueryParam("crimeType") CrimeType crimeType, @QueryParam("impact") Impact impact,
            @QueryParam("status") DisruptionStatus status, @QueryParam("quarter") String quarter,
            @QueryParam("agency") LeadAgency agency, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        DisruptionFilter filter = new DisruptionFilter(force, ocg, crimeType, impact, status,
                quarter == null || quarter.isBlank() ? null : FinancialQuarter.parse(quarter), agency);
        return queries.list(filter, PageRequest.parse(limit, cursor), caller.get())
                .map(d -> DisruptionView.of(d, false));
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
    }
}
