package uk.police.wm.rcs.rocu.performance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.PerformanceDocument;

/** The quarterly performance document, e.g. {@code GET /api/v1/performance/2018-19/Q2}, and freezing a quarter. */
@Path("/api/v1/performance")
public class PerformanceResource {

    @Inject
    PerformanceService service;

    @Inject
    CurrentCaller caller;

    /** Live figures ("as moderated now") and, once frozen, the figures as reported. */
    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"governance-viewer", "rocu-analyst", "moderator"})
    public PerformanceDocument document(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.document(FinancialQuarter.parse(fy, quarter), caller.get());
    }

    /** Freezes the quarter's figures as reported to the board: 201, or 409 when already frozen. */
    @POST
    @Path("{fy}/{quarter}/freeze")
    @RolesAllowed("rocu-analyst")
    public Response freeze(@PathParam("fy") String fy, @PathParam("quarter") String quarter, @Context UriInfo uri) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        service.freeze(q, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/performance").path(q.financialYear())
                .path(q.quarterLabel()).build()).entity(service.document(q, caller.get())).build();
    }
}
