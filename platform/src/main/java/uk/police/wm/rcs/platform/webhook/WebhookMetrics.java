package uk.police.wm.rcs.platform.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook delivery metrics, every label one of a few words: {@code rcs_webhook_delivery_attempts_total{outcome}}
 * ({@code delivered}, {@code refused}: the receiver answered other than 2xx, {@code unreachable}: no answer),
 * {@code rcs_webhook_deliveries_failed_total} (given up), {@code rcs_webhook_pending} (deliveries waiting, as the
 * worker last counted) and {@code rcs_webhook_delivery_lag_seconds} (event written to delivered).
 */
final class WebhookMetrics {

    /** What one attempt came to. */
    enum Attempt {
        DELIVERED, REFUSED, UNREACHABLE
    }

    private final Map<Attempt, Counter> attempts = new EnumMap<>(Attempt.class);
    private final Counter failed;
    private final Timer lag;
    private final AtomicLong pending = new AtomicLong();

    WebhookMetrics(MeterRegistry registry) {
        for (Attempt attempt : Attempt.values()) {
            attempts.put(attempt, Counter.builder("rcs.webhook.delivery.attempts")
                    .tag("outcome", attempt.name().toLowerCase(Locale.ROOT))
                    .description("Webhook delivery attempts, by outcome").register(registry));
        }
        failed = Counter.builder("rcs.webhook.deliveries.failed")
                .description("Webhook deliveries given up after rcs.webhooks.give-up-after").register(registry);
        lag = Timer.builder("rcs.webhook.delivery.lag").publishPercentiles(0.5, 0.95, 0.99)
                .description("From the event's writing to its delivery").register(registry);
        Gauge.builder("rcs.webhook.pending", pending, AtomicLong::get)
                .description("Webhook deliveries waiting to be sent or retried").register(registry);
    }

    void attempt(Attempt outcome) {
        attempts.get(outcome).increment();
    }

    void delivered(Duration sinceWritten) {
        lag.record(sinceWritten);
    }

    void gaveUp() {
        failed.increment();
    }

    void pending(long count) {
        pending.set(count);
    }
}
