package uk.police.wm.rcs.rocu.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Formula;
import uk.police.wm.rcs.rocu.funding.FundingRequests.FundingSource;
import uk.police.wm.rcs.rocu.funding.FundingRequests.ReconciliationView;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Staffing;

/** ROCU funding: sources, the contribution formula per year, staffing and the reconciliation per quarter. */
@Path("/api/v1/funding")
public class FundingResource {

    @Inject
    FundingService service;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("sources")
    @RolesAllowed("rocu-analyst")
    public Response addSource(@Valid @NotNull FundingSource source) {
        return Response.status(Response.Status.CREATED).entity(service.addSource(source)).build();
    }

    @GET
    @Path("sources")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public List<FundingSource> sources(@QueryParam("financialYear") String financialYear) {
        if (financialYear == null) {
            throw Problems.badRequest("financialYear is required, e.g. 2018-19.");
        }
        return service.sources(financialYear);
    }

    /** Sets a year's formula (once; shares add up to 100). */
    @POST
    @Path("formulas")
    @RolesAllowed("rocu-analyst")
    public Response setFormula(@Valid @NotNull Formula formula) {
        return Response.status(Response.Status.CREATED).entity(service.setFormula(formula)).build();
    }

    /** The formula in force for a year (its own or the latest earlier year's). */
    @GET
    @Path("formulas/{fy}")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public Formula formula(@PathParam("fy") String fy) {
        return service.formulaFor(fy);
    }

    /** Records (or corrects) the staffing and staff cost a force bore in a quarter. */
    @PUT
    @Path("staffing/{fy}/{quarter}/{force}")
    @RolesAllowed("rocu-analyst")
    public Response staffing(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @PathParam("force") String force, @Valid @NotNull Staffing staffing) {
        Force f = Force.parse(force).orElseThrow(() -> Problems.notFound("No force " + force + "."));
        service.setStaffing(FinancialQuarter.parse(fy, quarter), f, staffing);
        return Response.noContent().build();
    }

    @GET
    @Path("reconciliations/{fy}/{quarter}")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public ReconciliationView reconciliation(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.reconciliation(FinancialQuarter.parse(fy, quarter));
    }

    /** Issues the quarter's reconciliation to the forces' financial leads (once). */
    @POST
    @Path("reconciliations/{fy}/{quarter}")
    @RolesAllowed("rocu-analyst")
    public Response issue(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return Response.status(Response.Status.CREATED)
                .entity(service.issue(FinancialQuarter.parse(fy, quarter), caller.get())).build();
    }
}
