package uk.police.wm.rcs.cyber.training;

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
import uk.police.wm.rcs.cyber.training.TrainingService.NewSession;
import uk.police.wm.rcs.cyber.training.TrainingService.SessionView;
import uk.police.wm.rcs.cyber.training.TrainingService.TrainingYear;
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

/** Cyber awareness training delivered, by audience. */
@Path("/api/v1/training")
@Tag(name = "Training", description = "Cyber awareness training delivered, by audience.")
public class TrainingResource {

    @Inject
    TrainingService service;

    @Operation(summary = "Record a training session",
            description = "Records a training session delivered: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the session.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @Path("sessions")
    @RolesAllowed("cyber-officer")
    public Response recordTrainingSession(@Valid @NotNull NewSession request, @Context UriInfo uri) {
        TrainingSession s = service.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .entity(SessionView.of(s)).build();
    }

    /** A financial year's sessions and attendees, in total and per audience. */
    @Operation(summary = "Read a year's training",
            description = "A financial year's sessions and attendees, in total and per audience.")
    @GET
    @Path("{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public TrainingYear getTrainingYear(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.firstOf(fy));
    }

    /** A financial year's sessions by the day delivered, a cursor page ({@code /training/2018-19/sessions}). */
    @Operation(summary = "List a year's training sessions",
            description = "A financial year's sessions by the day delivered, a cursor page.")
    @GET
    @Path("{fy}/sessions")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<SessionView> listTrainingSessions(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.sessions(FinancialQuarter.firstOf(fy), page).map(SessionView::of);
    }
}
