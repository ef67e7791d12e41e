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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** ROCU funding: sources, the contribution formula per year, staffing and the reconciliation per quarter. */
@Path("/api/v1/funding")
@Tag(name = "Funding", description = "ROCU funding: sources, the contribution formula per year, staffing and the "
        + "quarterly reconciliation.")
public class FundingResource {

    @Inject
    FundingService service;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Add a funding source",
            description = "Adds a source of a year's funding: 201 with it.")
    @APIResponse(responseCode = "201", description = "Added: the source.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundingSource.class)))
    @APIResponse(responseCode = "422", description = "The source breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("sources")
    @RolesAllowed("rocu-analyst")
    public Response addFundingSource(@Valid @NotNull FundingSource source) {
        return Response.status(Response.Status.CREATED).entity(service.addSource(source)).build();
    }

    @Operation(summary = "List funding sources",
            description = "A financial year's funding sources (the current year when financialYear is absent).")
    @GET
    @Path("sources")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public List<FundingSource> listFundingSources(@QueryParam("financialYear") String financialYear) {
        if (financialYear == null) {
            throw Problems.badRequest("financialYear is required, e.g. 2018-19.");
        }
        return service.sources(financialYear);
    }

    /** Sets a year's formula (once; shares add up to 100). */
    @Operation(summary = "Set a year's contribution formula",
            description = "Sets the forces' shares for a year, once; the shares add up to 100: 201 with it.")
    @APIResponse(responseCode = "201", description = "Set: the formula.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Formula.class)))
    @APIResponse(responseCode = "409", description = "The year's formula is set already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The shares do not add up to 100, or another rule is broken (the "
            + "problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("formulas")
    @RolesAllowed("rocu-analyst")
    public Response setFormula(@Valid @NotNull Formula formula) {
        return Response.status(Response.Status.CREATED).entity(service.setFormula(formula)).build();
    }

    /** The formula in force for a year (its own or the latest earlier year's). */
    @Operation(summary = "Read a year's formula",
            description = "The formula in force for a year: its own, or the latest earlier year's.")
    @GET
    @Path("formulas/{fy}")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public Formula getFormula(@PathParam("fy") String fy) {
        return service.formulaFor(fy);
    }

    /** Records (or corrects) the staffing and staff cost a force bore in a quarter. */
    @Operation(summary = "Record a force's staffing",
            description = "Records (or corrects) the staffing and staff cost a force bore in a quarter: 204.")
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "422", description = "The figures break a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("staffing/{fy}/{quarter}/{force}")
    @RolesAllowed("rocu-analyst")
    public Response recordStaffing(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @PathParam("force") String force, @Valid @NotNull Staffing staffing) {
        Force f = Force.parse(force).orElseThrow(() -> Problems.notFound("No force " + force + "."));
        service.setStaffing(FinancialQuarter.parse(fy, quarter), f, staffing);
        return Response.noContent().build();
    }

    @Operation(summary = "Read a quarter's reconciliation",
            description = "The quarter's reconciliation of contributions against costs, per force.")
    @GET
    @Path("reconciliations/{fy}/{quarter}")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public ReconciliationView getReconciliation(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return reconciliations.reconciliation(FinancialQuarter.parse(fy, quarter));
    }

    /** Issues the quarter's reconciliation to the forces' financial leads (once). */
    @Operation(summary = "Issue a quarter's reconciliation",
            description = "Issues the quarter's reconciliation to the forces' financial leads, once: 201 with it.")
    @APIResponse(responseCode = "201", description = "Issued: the reconciliation.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "409", description = "The reconciliation is issued already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @POST
    @Path("reconciliations/{fy}/{quarter}")
    @RolesAllowed("rocu-analyst")
    public Response issueReconciliation(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return Response.status(Response.Status.CREATED)
                .entity(reconciliations.issue(FinancialQuarter.parse(fy, quarter), caller.get())).build();
    }
}
