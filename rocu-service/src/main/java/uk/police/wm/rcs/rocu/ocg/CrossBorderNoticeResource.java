package uk.police.wm.rcs.rocu.ocg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeDecision;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeRequest;
import uk.police.wm.rcs.rocu.ocg.CrossBorderNoticeService.NoticeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Cross-border notices: sent by partner regions, decided by ROCU analysts. */
@Path("/api/v1/cross-border-notices")
@Tag(name = "Cross-border notices", description = "Partner regions tell the ROCU that a group crosses the border; "
        + "analysts decide.")
public class CrossBorderNoticeResource {

    @Inject
    CrossBorderNoticeService service;

    @Inject
    CurrentCaller caller;

    /** A partner region tells us a group crosses the border; 202 while it awaits an analyst. */
    @Operation(summary = "Send a cross-border notice",
            description = "A partner region tells us a group crosses the border: 202 with the notice while it awaits "
                          + "an analyst's decision.")
    @APIResponse(responseCode = "202", description = "Received: the notice, awaiting a decision.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "422", description = "The notice breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @RolesAllowed("region-partner")
    public Response receiveCrossBorderNotice(@Valid @NotNull NoticeRequest request) {
        return Response.accepted(NoticeView.of(service.receive(request, caller.get()))).build();
    }

    @Operation(summary = "Read a cross-border notice you sent",
            description = "The partner region that sent the notice reads it with its status and, once an analyst "
                          + "decided it, the decision, its reason and when. Any other region's notice is answered "
                          + "404, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "The notice, with its decision once there is one.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoticeView.class)))
    @GET
    @Path("{id}")
    @RolesAllowed("region-partner")
    public NoticeView getOwnCrossBorderNotice(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return NoticeView.of(service.forSender(uuid(id), caller.get()));
    }

    @Operation(summary = "Decide a cross-border notice",
            description = "An analyst accepts (linking the notice to a group of the register) or rejects a notice.")
    @APIResponse(responseCode = "200", description = "The notice with its decision.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "409", description = "The notice was decided already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "conflict"))
    @APIResponse(responseCode = "422", description = "The decision breaks a rule (the problem names the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{id}/decision")
    @RolesAllowed("rocu-analyst")
    public NoticeView decideCrossBorderNotice(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @Valid @NotNull NoticeDecision decision) {
        return NoticeView.of(service.decide(uuid(id), decision, caller.get()));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(CrossBorderNoticeService.NOT_FOUND);
        }
    }
}
