package uk.police.wm.rcs.rocu.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.rocu.review.ReviewService.ObjectiveRequest;
import uk.police.wm.rcs.rocu.review.ReviewService.ObjectiveView;
import uk.police.wm.rcs.rocu.review.ReviewService.ReviewRequest;
import uk.police.wm.rcs.rocu.review.ReviewService.ReviewView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The review register and the year's departmental objectives. */
@Path("/api/v1/governance")
@Tag(name = "Governance register", description = "The review register and the year's departmental objectives.")
public class ReviewResource {

    @Inject
    ReviewService service;

    @Operation(summary = "Add a review",
            description = "Adds a review to the register: 201 with its Location and ETag.")
    @APIResponse(responseCode = "201", description = "Added: the review.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "422", description = "The review breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("reviews")
    @RolesAllowed("rocu-analyst")
    public Response addReview(@Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        ReviewItem item = service.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .tag(ETags.tag(item.version)).entity(ReviewView.of(item)).build();
    }

    /** Updates a review ({@code If-Match} its current ETag). */
    @Operation(summary = "Update a review",
            description = "Replaces a review. Needs If-Match with its current ETag.")
    @APIResponse(responseCode = "200", description = "The review as now recorded, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "422", description = "The review breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("reviews/{id}")
    @RolesAllowed("rocu-analyst")
    public Response updateReview(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No such review.");
        }
        ReviewItem item = service.update(uuid, request, ifMatch);
        return Response.ok(ReviewView.of(item)).tag(ETags.tag(item.version)).build();
    }

    @Operation(summary = "List reviews",
            description = "The review register, a cursor page; dueBy keeps those due by a date.")
    @GET
    @Path("reviews")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public Page<ReviewView> listReviews(@QueryParam("dueBy") LocalDate dueBy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(dueBy, PageRequest.parse(limit, cursor)).map(ReviewView::of);
    }

    @Operation(summary = "Add a departmental objective",
            description = "Adds one of a financial year's departmental objectives: 201 with it.")
    @APIResponse(responseCode = "201", description = "Added: the objective.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "422", description = "The objective breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("objectives")
    @RolesAllowed("rocu-analyst")
    public Response addObjective(@Valid @NotNull ObjectiveRequest request) {
        return Response.status(Response.Status.CREATED).entity(ObjectiveView.of(service.addObjective(request)))
                .build();
    }

    @Operation(summary = "List departmental objectives",
            description = "A financial year's departmental objectives (the current year when financialYear is absent).")
    @GET
    @Path("objectives")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public List<ObjectiveView> listObjectives(@QueryParam("financialYear") String financialYear) {
        if (financialYear == null) {
            throw Problems.badRequest("financialYear is required, e.g. 2018-19.");
        }
        return service.objectives(financialYear).stream().map(ObjectiveView::of).toList();
    }
}
