package uk.police.wm.rcs.platform.webhook;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.security.Force;

/** The requests and answers of a service's webhook endpoints. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** Register a callback: an https URL (plain http only to 127.0.0.1 or localhost). */
    public record RegisterWebhook(
            @NotNull @Schema(description = "Where events are posted: https, no user name or password; plain http "
                    + "only to 127.0.0.1 or localhost.", example = "https://force-system.example/rcs/webhooks",
                    maxLength = CallbackUrls.MAX_LENGTH) String url) {
    }

    /** A registered webhook, as listed (the secret is never shown again). */
    public record WebhookView(UUID id, String url, Force force, Instant createdAt) {
    }

    /** The answer to a registration: the webhook and, this once, its signing secret. */
    public record RegisteredWebhook(UUID id, String url, Force force, Instant createdAt,
            @Schema(description = "The Standard Webhooks signing secret (whsec_ and base64), shown only in this answer.",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    /** Where one event stands for one webhook. */
    public enum DeliveryState {
        PENDING, DELIVERED, FAILED
    }

    /** One event's delivery to one webhook: the delivery log a force reads. */
    public record DeliveryView(
            @Schema(description = "The event id, sent as webhook-id on every attempt.") UUID eventId,
            String eventType, DeliveryState state, int attempts,
            @Schema(description = "The HTTP status of the last answer, if the receiver answered.") Integer lastStatus,
            @Schema(description = "Why the last attempt failed, in words.") String lastError,
            Instant createdAt,
            @Schema(description = "When the next attempt is due, while pending.") Instant nextAttemptAt,
            Instant deliveredAt,
            @Schema(description = "When delivery was given up.") Instant failedAt) {
    }
}
