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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance;
import uk.police.wm.rcs.gateway.partner.PartnerService.ShareableQuarter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The API for partner regions: only what is shareable (see {@link PartnerService}). */
@Path("/api/v1/partner")
@RolesAllowed({"region-partner", "governance-viewer", "admin"})
@Tag(name = "Partner regions", description = "What partner regions may see: only what is shareable.")
public class PartnerResource {

    @Inject
    PartnerService service;

    @Inject
    Clock clock;

    /** Threat levels in force on a date (today by default). */
    @Operation(summary = "Read the threat levels in force",
            description = "The threat levels in force on a date (today by default), as shared with partner regions.")
    @GET
    @Path("threat-levels")
    public List<CtuGovernance.Level> getPartnerThreatLevels(@QueryParam("on") LocalDate on) {
        return service.threatLevelsOn(on == null ? LocalDate.now(clock) : on);
    }

    /** The shareable figures of a quarter, e.g. {@code /api/v1/partner/2018-19/Q2}. */
    @Operation(summary = "Read a quarter's shareable figures",
            description = "The shareable (OFFICIAL, no caveats, small counts suppressed) figures of a quarter.")
    @GET
    @Path("{fy}/{quarter}")
    public ShareableQuarter getShareableQuarter(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.quarter(FinancialQuarter.parse(fy, quarter));
    }
}
