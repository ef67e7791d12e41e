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

/** The review register and the year's departmental objectives. */
@Path("/api/v1/governance")
public class ReviewResource {

    @Inject
    ReviewService service;

    @POST
    @Path("reviews")
    @RolesAllowed("rocu-analyst")
    public Response add(@Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        ReviewItem item = service.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .tag(ETags.tag(item.version)).entity(ReviewView.of(item)).build();
    }

    /** Updates a review ({@code If-Match} its current ETag). */
    @PUT
    @Path("reviews/{id}")
    @RolesAllowed("rocu-analyst")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
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

    @GET
    @Path("reviews")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public Page<ReviewView> reviews(@QueryParam("dueBy") LocalDate dueBy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(dueBy, PageRequest.parse(limit, cursor)).map(ReviewView::of);
    }

    @POST
    @Path("objectives")
    @RolesAllowed("rocu-analyst")
    public Response addObjective(@Valid @NotNull ObjectiveRequest request) {
        return Response.status(Response.Status.CREATED).entity(ObjectiveView.of(service.addObjective(request)))
                .build();
    }

    @GET
    @Path("objectives")
    @RolesAllowed({"rocu-analyst", "governance-viewer"})
    public List<ObjectiveView> objectives(@QueryParam("financialYear") String financialYear) {
        if (financialYear == null) {
            throw Problems.badRequest("financialYear is required, e.g. 2018-19.");
        }
        return service.objectives(financialYear).stream().map(ObjectiveView::of).toList();
    }
}
