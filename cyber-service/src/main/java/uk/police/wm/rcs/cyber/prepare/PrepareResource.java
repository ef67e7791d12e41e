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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Prepare: exercises and internal phishing simulations. */
@Path("/api/v1/prepare")
@Tag(name = "Prepare", description = "Prepare: exercises and internal phishing simulations.")
public class PrepareResource {

    @Inject
    PrepareService service;

    @Operation(summary = "Record a phishing simulation",
            description = "Records an internal phishing simulation with its click and report counts: 201 with it and "
                          + "its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the simulation.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SimulationView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("phishing-simulations")
    @RolesAllowed("cyber-officer")
    public Response recordPhishingSimulation(@Valid @NotNull NewSimulation request, @Context UriInfo uri) {
        PhishingSimulation s = service.recordSimulation(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .entity(SimulationView.of(s)).build();
    }

    /** A financial year's simulations with their click and report rates, a cursor page. */
    @Operation(summary = "List a year's phishing simulations",
            description = "A financial year's simulations with their click and report rates, a cursor page.")
    @GET
    @Path("phishing-simulations/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<SimulationView> listPhishingSimulations(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.simulations(FinancialQuarter.firstOf(fy), page).map(SimulationView::of);
    }

    @Operation(summary = "Record an exercise",
            description = "Records a cyber exercise: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the exercise.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("exercises")
    @RolesAllowed("cyber-officer")
    public Response recordCyberExercise(@Valid @NotNull NewExercise request, @Context UriInfo uri) {
        Exercise e = service.recordExercise(request);
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(ExerciseView.of(e)).build();
    }

    /** A financial year's exercises, a cursor page. */
    @Operation(summary = "List a year's exercises",
            description = "A financial year's exercises, a cursor page.")
    @GET
    @Path("exercises/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<ExerciseView> listCyberExercises(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.exercises(FinancialQuarter.firstOf(fy), page).map(ExerciseView::of);
    }
}
