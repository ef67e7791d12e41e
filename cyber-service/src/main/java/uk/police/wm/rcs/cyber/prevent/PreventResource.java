package uk.police.wm.rcs.cyber.prevent;

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
import uk.police.wm.rcs.cyber.prevent.PreventRequests.InterventionView;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.NewIntervention;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.PreventYear;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Cyber Prevent interventions: categories and counts, never a person. */
@Path("/api/v1/prevent")
public class PreventResource {

    @Inject
    PreventService service;

    @POST
    @Path("interventions")
    @RolesAllowed("cyber-officer")
    public Response record(@Valid @NotNull NewIntervention request, @Context UriInfo uri) {
        PreventIntervention i = service.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(i.id.toString()).build())
                .entity(InterventionView.of(i)).build();
    }

    /** A financial year's interventions by date, a cursor page ({@code /prevent/interventions/2018-19}). */
    @GET
    @Path("interventions/{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<InterventionView> interventions(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.interventions(FinancialQuarter.firstOf(fy), page).map(InterventionView::of);
    }

    /** A financial year's interventions counted by referral source, type and outcome ({@code /prevent/2018-19}). */
    @GET
    @Path("{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public PreventYear year(@PathParam("fy") String fy) {
        return service.year(FinancialQuarter.firstOf(fy));
    }
}
