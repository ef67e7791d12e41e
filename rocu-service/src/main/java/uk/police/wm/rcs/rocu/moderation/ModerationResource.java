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

/** The monthly moderation panels, their decisions, each disruption's history and the backlog per force. */
@Path("/api/v1/moderation")
@Tag(name = "Moderation", description = "The monthly moderation panels that confirm, downgrade, reject or return "
        + "claimed disruptions.")
public class ModerationResource {

    @Inject
    ModerationService service;

    @Inject
    CurrentCaller caller;

    /** Records a panel as held: 201 with its {@code Location}. */
    @Operation(summary = "Record a panel as held",
            description = "Records a moderation panel as held: 201 with its Location.")
    @APIResponse(responseCode = "201", description = "Recorded: the panel.",
            headers = {@Header(name = "Location")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "422", description = "The panel breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("panels")
    @RolesAllowed("moderator")
    public Response holdPanel(@Valid @NotNull HoldPanel request, @Context UriInfo uri) {
        ModerationPanel panel = service.hold(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(panel.id.toString()).build())
                .entity(ModerationService.view(panel)).build();
    }

    @Operation(summary = "Read one panel",
            description = "A moderation panel with the decisions it took.")
    @GET
    @Path("panels/{id}")
    @RolesAllowed({"moderator", "rocu-analyst"})
    public PanelView getPanel(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return ModerationService.view(service.panel(uuid(id, ModerationService.NO_PANEL)));
    }

    /**
     * The panel decides one CLAIMED disruption: approve, downgrade, reject or return for information. The panel is
     * named by its id, or by the date it was held ({@code 2018-09-05}) when one panel was held that day.
     */
    @Operation(summary = "Decide on a disruption",
            description = "A panel confirms, downgrades, rejects or returns a disruption for information, with its "
                          + "reason: 201 with the decision.")
    @APIResponse(responseCode = "201", description = "Decided: the decision.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "The disruption is not awaiting a panel.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "already-decided"))
    @APIResponse(responseCode = "422", description = "The decision breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("panels/{id}/decisions")
    @RolesAllowed("moderator")
    public Response decideDisruption(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @Valid @NotNull DecideDisruption request) {
        ModerationDecision decision = service.decide(service.panelNamed(id), request, caller.get());
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(decision)).build();
    }

    /** Every decision on a disruption, oldest first. */
    @Operation(summary = "List the decisions on a disruption",
            description = "Every decision on a disruption, oldest first.")
    @GET
    @Path("disruptions/{id}/decisions")
    @RolesAllowed({"moderator", "rocu-analyst"})
    public List<DecisionView> listDisruptionDecisions(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.history(uuid(id, DisruptionService.NOT_FOUND), caller.get()).stream()
                .map(DecisionView::of).toList();
    }

    /** Per force: disruptions awaiting a panel and those returned for information. */
    @Operation(summary = "Read the moderation backlog",
            description = "Per force: disruptions awaiting a panel and those returned for information.")
    @GET
    @Path("backlog")
    @RolesAllowed({"moderator", "rocu-analyst", "governance-viewer"})
    public List<ForceBacklog> getModerationBacklog() {
        return service.backlog(caller.get());
    }

    static UUID uuid(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(notFound);
        }
    }
}
