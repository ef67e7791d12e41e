package uk.police.wm.rcs.gateway.governance.series;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** Every headline figure of the governance view as a series of eight quarters and the year to date. */
@Path("/api/v1/governance/{fy}/{quarter}/series")
@Tag(name = "Governance series", description = "Headline figures over the last eight quarters and the year to date")
public class SeriesResource {


    @Inject
    SeriesService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "governanceSeries", summary = "Headline figures as series",
            description = "Every headline figure of the governance view for the quarter and the seven before it,"
                    + " each quarter as at its end, with the financial year to date for figures that add up over"
                    + " quarters; at the reader's clearance and caveats, withheld figures as the view withholds them.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Series.class)))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    public Series governanceSeries(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.series(FinancialQuarter.parse(fy, quarter), caller.get());
    }
}
