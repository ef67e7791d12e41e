package uk.police.wm.rcs.cyber.prepare;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.cyber.prepare.PrepareService.ExerciseView;
import uk.police.wm.rcs.cyber.prepare.PrepareService.NewExercise;
import uk.police.wm.rcs.cyber.prepare.PrepareService.NewSimulation;
import uk.police.wm.rcs.cyber.prepare.PrepareService.SimulationView;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Prepare: exercises and internal phishing simulations. */
@Path("/api/v1/prepare")
public class PrepareResource {

    @Inject
    PrepareService service;

    @POST
    @Path("phishing-simulations")
    @RolesAllowed("cyber-officer")
    public Response recordSimulation(@Valid @NotNull NewSimulation request, @Context UriInfo uri) {
        PhishingSimulation s = service.recordSimulation(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .entity(SimulationView.of(s)).build();
    }

    /** A financial year's simulations with their click and report rates, a cursor page. */
    @GET
    @Path("phishing-simulations/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<SimulationView> simulations(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.simulations(FinancialQuarter.firstOf(fy), page).map(SimulationView::of);
    }

    @POST
    @Path("exercises")
    @RolesAllowed("cyber-officer")
    public Response recordExercise(@Valid @NotNull NewExercise request, @Context UriInfo uri) {
        Exercise e = service.recordExercise(request);
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(ExerciseView.of(e)).build();
    }

    /** A financial year's exercises, a cursor page. */
    @GET
    @Path("exercises/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ExerciseView> exercises(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.exercises(FinancialQuarter.firstOf(fy), page).map(ExerciseView::of);
    }
}
