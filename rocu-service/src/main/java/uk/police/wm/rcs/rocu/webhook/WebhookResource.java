package uk.police.wm.rcs.rocu.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.webhook.WebhookRegistry;
import uk.police.wm.rcs.platform.webhook.WebhookViews.DeliveryView;
import uk.police.wm.rcs.platform.webhook.WebhookViews.RegisterWebhook;
import uk.police.wm.rcs.platform.webhook.WebhookViews.RegisteredWebhook;
import uk.police.wm.rcs.platform.webhook.WebhookViews.WebhookView;

/** A force system's webhooks: the panel's decisions on its disruptions, posted to it as signed CloudEvents. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Callbacks a force system registers to receive the panel's decisions on its "
        + "disruptions as CloudEvents signed the Standard Webhooks way, with a delivery log.")
public class WebhookResource {

    @Inject
    WebhookRegistry registry;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Register a webhook",
            description = "Registers a callback URL for the caller's force. Each decision of the moderation panel on "
                          + "one of the force's disruptions is then posted to it as a structured-mode CloudEvent "
                          + "(type uk.police.wm.rocu.disruption.decided.v1), with the headers webhook-id (the event "
                          + "id, the same on every retry), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 "
                          + "of id.timestamp.body with the secret), retried with back-off until delivered. The "
                          + "answer carries the signing secret, and only this answer does.")
    @APIResponse(responseCode = "201", description = "Registered: the webhook and its signing secret.",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RegisteredWebhook.class)))
    @APIResponse(responseCode = "422", description = "The URL is not https (plain http only to 127.0.0.1 or "
            + "localhost), carries a user name or password, or is not a URL (the problem names the field url).",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @RolesAllowed("force-recorder")
    public Response registerWebhook(@Valid @NotNull RegisterWebhook request, @Context UriInfo uri) {
        RegisteredWebhook registered = registry.register(request.url(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
                .entity(registered).build();
    }

    @Operation(summary = "List webhooks",
            description = "The webhooks of the caller's force, oldest first, a cursor page (never their secrets).")
    @GET
    @RolesAllowed("force-recorder")
    public Page<WebhookView> listWebhooks(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return registry.list(PageRequest.parse(limit, cursor), caller.get());
    }

    @Operation(summary = "Delete a webhook",
            description = "Deletes one of the caller's force's webhooks with its delivery log; nothing more is sent "
                          + "to it, retries included.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{id}")
    @RolesAllowed("force-recorder")
    public Response deleteWebhook(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        registry.delete(parse(id), caller.get());
        return Response.noContent().build();
    }

    @Operation(summary = "Read a webhook's delivery log",
            description = "Each event sent or to be sent to one of the caller's force's webhooks, newest first: the "
                          + "event id (webhook-id), attempts, the last answer, the next attempt while pending, when "
                          + "it was delivered or given up.")
    @GET
    @Path("{id}/deliveries")
    @RolesAllowed("force-recorder")
    public Page<DeliveryView> listWebhookDeliveries(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return registry.deliveries(parse(id), PageRequest.parse(limit, cursor), caller.get());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(WebhookRegistry.NOT_FOUND);
        }
    }
}
