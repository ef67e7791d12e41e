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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** The CTU business plan and its quarterly performance reviews (classified: uncleared callers get 404). */
@Path("/api/v1/business-plans")
@Tag(name = "Business plan", description = "The CTU business plan per financial year and its quarterly performance "
        + "reviews.")
public class BusinessPlanResource {

    @Inject
    BusinessPlanService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Create a year's business plan",
            description = "Creates a financial year's business plan with its priorities: 201 with it and its Location.")
    @APIResponse(responseCode = "201", description = "Created: the plan.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The year has a plan already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @RolesAllowed("ctu-officer")
    public Response createBusinessPlan(@Valid @NotNull CreatePlan request, @Context UriInfo uri) {
        PlanView view = service.create(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(view.financialYear()).build()).entity(view).build();
    }

    @Operation(summary = "Read a year's business plan",
            description = "A financial year's business plan, if the caller is cleared to see it (404 otherwise).")
    @GET
    @Path("{fy}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public PlanView getBusinessPlan(@PathParam("fy") String financialYear) {
        return service.get(financialYear, caller.get());
    }

    /** Records one reviewing body's RAG status and commentary on one priority for a quarter. */
    @Operation(summary = "Record a quarterly review",
            description = "Records one reviewing body's RAG status and commentary on one priority for a quarter: 201 "
                          + "with it and the Location of the quarter's reviews.")
    @APIResponse(responseCode = "201", description = "Recorded: the review.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "This body reviewed this priority for the quarter already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @Path("{fy}/reviews")
    @RolesAllowed("ctu-officer")
    public Response recordPlanReview(@PathParam("fy") String financialYear, @Valid @NotNull RecordReview request,
            @Context UriInfo uri) {
        ReviewView view = service.review(financialYear, request, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/business-plans").path(financialYear)
                .path("reviews").path(view.quarter()).build()).entity(view).build();
    }

    @Operation(summary = "Read a quarter's reviews",
            description = "Every review of the plan's priorities for one quarter, at the caller's clearance.")
    @GET
    @Path("{fy}/reviews/{quarter}")
    @RolesAllowed({"ctu-officer", "governance-viewer"})
    public QuarterReviews getPlanReviews(@PathParam("fy") String financialYear, @PathParam("quarter") String quarter) {
        return service.reviews(financialYear, quarter, caller.get());
    }
}
