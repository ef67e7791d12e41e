package uk.police.wm.rcs.rocu.moderation;

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
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.DecideDisruption;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.DecisionView;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.ForceBacklog;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.HoldPanel;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.PanelView;

/** The monthly moderation panels, their decisions, each disruption's history and the backlog per force. */
@Path("/api/v1/moderation")
public class ModerationResource {

    @Inject
    ModerationService service;

    @Inject
    CurrentCaller caller;

    /** Records a panel as held: 201 with its {@code Location}. */
    @POST
    @Path("panels")
    @RolesAllowed("moderator")
    public Response hold(@Valid @NotNull HoldPanel request, @Context UriInfo uri) {
        ModerationPanel panel = service.hold(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(panel.id.toString()).build())
                .entity(ModerationService.view(panel)).build();
    }

    @GET
    @Path("panels/{id}")
    @RolesAllowed({"moderator", "rocu-analyst"})
    public PanelView panel(@PathParam("id") String id) {
        return ModerationService.view(service.panel(uuid(id, ModerationService.NO_PANEL)));
    }

    /**
     * The panel decides one CLAIMED disruption: approve, downgrade, reject or return for information. The panel is
     * named by its id, or by the date it was held ({@code 2018-09-05}) when one panel was held that day.
     */
    @POST
    @Path("panels/{id}/decisions")
    @RolesAllowed("moderator")
    public Response decide(@PathParam("id") String id, @Valid @NotNull DecideDisruption request) {
        ModerationDecision decision = service.decide(service.panelNamed(id), request, caller.get());
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(decision)).build();
    }

    /** Every decision on a disruption, oldest first. */
    @GET
    @Path("disruptions/{id}/decisions")
    @RolesAllowed({"moderator", "rocu-analyst"})
    public List<DecisionView> history(@PathParam("id") String id) {
        return service.history(uuid(id, DisruptionService.NOT_FOUND), caller.get()).stream()
                .map(DecisionView::of).toList();
    }

    /** Per force: disruptions awaiting a panel and those returned for information. */
    @GET
    @Path("backlog")
    @RolesAllowed({"moderator", "rocu-analyst", "governance-viewer"})
    public List<ForceBacklog> backlog() {
        return service.backlog(caller.get());
    }

    private static UUID uuid(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(notFound);
        }
    }
}
