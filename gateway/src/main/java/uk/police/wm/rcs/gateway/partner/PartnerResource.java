package uk.police.wm.rcs.gateway.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.CtuGovernance;
import uk.police.wm.rcs.gateway.partner.PartnerService.ShareableQuarter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The API for partner regions: only what is shareable (see {@link PartnerService}). */
@Path("/api/v1/partner")
@RolesAllowed({"region-partner", "governance-viewer", "admin"})
public class PartnerResource {

    @Inject
    PartnerService service;

    @Inject
    Clock clock;

    /** Threat levels in force on a date (today by default). */
    @GET
    @Path("threat-levels")
    public List<CtuGovernance.Level> threatLevels(@QueryParam("on") LocalDate on) {
        return service.threatLevelsOn(on == null ? LocalDate.now(clock) : on);
    }

    /** The shareable figures of a quarter, e.g. {@code /api/v1/partner/2018-19/Q2}. */
    @GET
    @Path("{fy}/{quarter}")
    public ShareableQuarter quarter(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.quarter(FinancialQuarter.parse(fy, quarter));
    }
}
