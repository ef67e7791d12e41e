package uk.police.wm.rcs.gateway.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regional governance view per financial-year quarter, e.g. {@code /api/v1/governance/2018-19/Q2}. */
@Path("/api/v1/governance")
@Tag(name = "Governance", description = "The regional governance view per quarter, built from the services' events.")
public class GovernanceResource {

    @Inject
    GovernanceService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Read a quarter's governance view",
            description = "The regional governance view of a quarter across CTU, ROCU and cybercrime, at the caller's "
                          + "clearance (small counts suppressed).")
    @GET
    @Path("{fy}/{quarter}")
    @RolesAllowed({"governance-viewer", "admin"})
    public GovernanceView getGovernanceView(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.view(FinancialQuarter.parse(fy, quarter), caller.get());
    }
}
