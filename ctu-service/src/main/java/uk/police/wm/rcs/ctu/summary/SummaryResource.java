package uk.police.wm.rcs.ctu.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The quarterly activity summary, computed at the caller's clearance. */
@Path("/api/v1/summary")
@Tag(name = "Quarterly summary", description = "The CTU's quarterly activity summary, computed at the caller's "
        + "clearance.")
public class SummaryResource {

    @Inject
    SummaryService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Read a quarter's summary",
            description = "The quarter's activity across Pursue, Prevent, Protect and Prepare, counted at the "
                          + "caller's clearance (small counts suppressed).")
    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public QuarterSummary getCtuQuarterSummary(@PathParam("fy") String financialYear, @PathParam("quarter") String quarter) {
        return service.summarise(FinancialQuarter.parse(financialYear, quarter), caller.get());
    }
}
