package uk.police.wm.rcs.ctu.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.ctu.plan.PlanRequests.CreatePlan;
import uk.police.wm.rcs.ctu.plan.PlanRequests.PlanView;
import uk.police.wm.rcs.ctu.plan.PlanRequests.QuarterReviews;
import uk.police.wm.rcs.ctu.plan.PlanRequests.RecordReview;
import uk.police.wm.rcs.ctu.plan.PlanRequests.ReviewView;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** The CTU business plan and its quarterly performance reviews (classified: uncleared callers get 404). */
@Path("/api/v1/business-plans")
public class BusinessPlanResource {

    @Inject
    BusinessPlanService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed("ctu-officer")
    public Response create(@Valid @NotNull CreatePlan request, @Context UriInfo uri) {
        PlanView view = service.create(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.financialYear()).build()).entity(view).build();
    }

    @GET
    @Path("{fy}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public PlanView get(@PathParam("fy") String financialYear) {
        return service.get(financialYear, caller.get());
    }

    /** Records one reviewing body's RAG status and commentary on one priority for a quarter. */
    @POST
    @Path("{fy}/reviews")
    @RolesAllowed("ctu-officer")
    public Response review(@PathParam("fy") String financialYear, @Valid @NotNull RecordReview request,
            @Context UriInfo uri) {
        ReviewView view = service.review(financialYear, request, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/business-plans").path(financialYear)
                .path("reviews").path(view.quarter()).build()).entity(view).build();
    }

    @GET
    @Path("{fy}/reviews/{quarter}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public QuarterReviews reviews(@PathParam("fy") String financialYear, @PathParam("quarter") String quarter) {
        return service.reviews(financialYear, quarter, caller.get());
    }
}
