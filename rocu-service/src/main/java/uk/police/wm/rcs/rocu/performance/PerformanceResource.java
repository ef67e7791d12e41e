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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The quarterly performance document, e.g. {@code GET /api/v1/performance/2018-19/Q2}, and freezing a quarter. */
@Path("/api/v1/performance")
@Tag(name = "Performance", description = "The quarterly performance document and its freezing as reported to the "
        + "board.")
public class PerformanceResource {

    @Inject
    PerformanceService service;

    @Inject
    CurrentCaller caller;

    /** Live figures ("as moderated now") and, once frozen, the figures as reported. */
    @Operation(summary = "Read a quarter's performance document",
            description = "Live figures (as moderated now) and, once the quarter is frozen, the figures as reported "
                          + "to the board.")
    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"governance-viewer", "rocu-analyst", "moderator"})
    public PerformanceDocument getPerformanceDocument(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.document(FinancialQuarter.parse(fy, quarter), caller.get());
    }

    /** Freezes the quarter's figures as reported to the board: 201, or 409 when already frozen. */
    @Operation(summary = "Freeze a quarter's figures",
            description = "Freezes the quarter's figures as reported to the board: 201 with the document and its "
                          + "Location.")
    @APIResponse(responseCode = "201", description = "Frozen: the document as reported.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PerformanceDocument.class)))
    @APIResponse(responseCode = "409", description = "The quarter is frozen already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "already-frozen"))
    @POST
    @Path("{fy}/{quarter}/freeze")
    @RolesAllowed("rocu-analyst")
    public Response freezeQuarter(@PathParam("fy") String fy, @PathParam("quarter") String quarter, @Context UriInfo uri) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        service.freeze(q, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/performance").path(q.financialYear())
                .path(q.quarterLabel()).build()).entity(service.document(q, caller.get())).build();
    }
}
