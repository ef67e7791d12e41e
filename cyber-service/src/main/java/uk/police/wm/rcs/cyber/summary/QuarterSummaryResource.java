package uk.police.wm.rcs.cyber.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quarterly summary of cybercrime work: aggregates only, nothing about any one victim, and only of the referrals
 * the caller may see.
 */
@Path("/api/v1/summary")
@Tag(name = "Quarterly summary", description = "The cybercrime team's quarterly figures.")
public class QuarterSummaryResource {

    @Inject
    QuarterSummaryService service;

    @Inject
    CurrentCaller caller;

    /** The quarter's figures beside the previous quarter's, e.g. {@code /api/v1/summary/2018-19/Q2}. */
    @Operation(summary = "Read a quarter's summary",
            description = "The quarter's figures beside the previous quarter's, counted at the caller's clearance.")
    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public QuarterSummary getCyberQuarterSummary(@PathParam("fy") String financialYear, @PathParam("quarter") String quarter) {
        return service.summarise(FinancialQuarter.parse(financialYear, quarter), caller.get());
    }
}
