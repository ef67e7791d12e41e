package uk.police.wm.rcs.rocu.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;

/** The panel's decisions on one disruption, with the reasons, for the force that claimed it. */
@Path("/api/v1/disruptions/{id}/decisions")
@Tag(name = "Disruption decisions", description = "What the moderation panel decided on a force's disruptions, and "
        + "why: read here, or received by webhook.")
public class ForceDecisionResource {

    @Inject
    ForceFeedbackService feedback;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "List the panel's decisions on a disruption",
            description = "Every decision of the moderation panel on one disruption the caller may see (a force "
                          + "system sees its own force's), oldest first: the decision, the reason, the impact the "
                          + "panel settled on, the panel's date. A disruption that names a priority individual "
                          + "needs an X-Justification header and the read is audited.")
    @APIResponse(responseCode = "200", description = "The decisions, oldest first (empty while none was taken).",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ForceDecisionView.class)))
    @GET
    @RolesAllowed({"force-recorder", "rocu-analyst", "moderator"})
    public List<ForceDecisionView> listDecisionsOnDisruption(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return feedback.decisions(ModerationResource.uuid(id, DisruptionService.NOT_FOUND), caller.get());
    }
}
