package uk.police.wm.rcs.ctu.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** The quarterly activity summary, computed at the caller's clearance. */
@Path("/api/v1/summary")
public class SummaryResource {

    @Inject
    SummaryService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public QuarterSummary summary(@PathParam("fy") String financialYear, @PathParam("quarter") String quarter) {
        return service.summarise(FinancialQuarter.parse(financialYear, quarter), caller.get());
    }
}
