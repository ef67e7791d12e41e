package uk.police.wm.rcs.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import uk.police.wm.rcs.platform.config.OutboxConfig;

/**
 * Readiness check {@code outbox}: UP while Kafka is down (writes still succeed), DOWN only past {@code rcs.outbox.max-backlog}.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig outbox;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot snapshot = backlog.refresh();
        long max = outbox.maxBacklog();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .status(snapshot.pending() <= max)
                .withData("backlog", snapshot.pending())
                .withData("maxBacklog", max)
                .withData("oldestPendingAgeSeconds", snapshot.oldestAge().map(d -> d.toMillis() / 1000).orElse(0L))
                .withData("kafka", relay.kafkaState().name())
                .withData("relay", relay.mode().name());
        if (!snapshot.fresh()) {
            response.withData("backlogMeasured", "last known (database unreachable)");
        }
        return response.build();
    }
}
