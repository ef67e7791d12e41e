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

/** Cyber awareness training delivered, by audience. */
@Path("/api/v1/training")
public class TrainingResource {

    @Inject
    TrainingService service;

    @POST
    @Path("sessions")
    @RolesAllowed("cyber-officer")
    public Response record(@Valid @NotNull NewSession request, @Context UriInfo uri) {
        TrainingSession s = service.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .entity(SessionView.of(s)).build();
    }

    /** A financial year's sessions and attendees, in total and per audience. */
    @GET
    @Path("{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public TrainingYear year(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.firstOf(fy));
    }

    /** A financial year's sessions by the day delivered, a cursor page ({@code /training/2018-19/sessions}). */
    @GET
    @Path("{fy}/sessions")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<SessionView> sessions(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.sessions(FinancialQuarter.firstOf(fy), page).map(SessionView::of);
    }
}
