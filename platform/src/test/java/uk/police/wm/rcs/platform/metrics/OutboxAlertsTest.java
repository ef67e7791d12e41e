package uk.police.wm.rcs.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.support.Widgets;
import uk.police.wm.rcs.stack.testing.AlertRules;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/**
 * With Kafka stopped the outbox's oldest event ages, the relay's publish failures count, and (with a maximum backlog
 * of 0) readiness goes DOWN: OutboxEventNotPublished and ServiceNotReady fire on the real /q/metrics output, and
 * neither fires while Kafka is up and everything is published.
 */
@QuarkusTest
@TestProfile(OutboxAlertsTest.NoBacklogAllowed.class)
class OutboxAlertsTest {

    /** Readiness DOWN as soon as one event waits, so stopping Kafka makes the instance not ready. */
    public static class NoBacklogAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rcs.outbox.max-backlog", "0");
        }
    }

    @Inject
    Db db;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @AfterEach
    void kafkaBack() {
        if (!PostgresKafkaTestResource.kafka().isRunning()) {
            PostgresKafkaTestResource.kafka().start();
        }
    }

    @Test
    void quietWhileEverythingIsPublishedThenBothFireWhileKafkaIsDown() throws Exception {
        AlertRules healthy = AlertRules.forService("platform-test");
        Widgets.create("published-" + UUID.randomUUID());
        // the very scrape that shows everything published and the instance ready (readiness is re-evaluated every
        // 10 s, so a later scrape could show another moment)
        AtomicReference<String> published = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String metrics = SecurityMetricsTest.scrape();
            published.set(metrics);
            return ExposedMetrics.value(metrics, "rcs_outbox_backlog") == 0
                    && ExposedMetrics.value(metrics, "rcs_service_ready") == 1;
        });
        healthy.scrape(published.get());
        healthy.assertQuiet("OutboxEventNotPublished", 5);
        healthy.assertQuiet("ServiceNotReady", 5);
        double failuresBefore = ExposedMetrics.value(SecurityMetricsTest.scrape(), "rcs_outbox_publish_failures_total");

        PostgresKafkaTestResource.kafka().stop();
        Widgets.create("held-back-" + UUID.randomUUID());
        // five minutes of waiting, without waiting them: the row is written as if appended five minutes ago
        assertThat(db.update("UPDATE outbox_event SET time = time - interval '5 minutes' WHERE published_at IS NULL"))
                .isPositive();
        AtomicReference<String> heldBack = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String metrics = SecurityMetricsTest.scrape();
            heldBack.set(metrics);
            assertThat(ExposedMetrics.value(metrics, "rcs_outbox_oldest_pending_age_seconds")).isGreaterThan(300);
            assertThat(ExposedMetrics.value(metrics, "rcs_outbox_publish_failures_total")).isGreaterThan(failuresBefore);
            assertThat(ExposedMetrics.value(metrics, "rcs_service_ready")).isZero();
        });

        AlertRules kafkaDown = AlertRules.forService("platform-test").scrape(heldBack.get());
        kafkaDown.assertFires("OutboxEventNotPublished", 5, Map.of());
        kafkaDown.assertFires("ServiceNotReady", 5, Map.of());
    }
}
