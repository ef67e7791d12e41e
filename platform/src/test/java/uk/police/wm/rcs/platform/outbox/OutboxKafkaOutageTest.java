package uk.police.wm.rcs.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.support.EventReader;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.support.Widgets;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/** With Kafka down writes still succeed and the backlog shows; when it returns every event arrives once, in order. */
@QuarkusTest
class OutboxKafkaOutageTest {

    private final List<LogRecord> relayWarnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName().startsWith(OutboxRelay.class.getPackageName()) && record.getLevel().intValue()
                    >= Level.WARNING.intValue()) {
                relayWarnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @AfterEach
    void kafkaBack() {
        org.jboss.logmanager.Logger.getLogger("").removeHandler(capture);
        if (!PostgresKafkaTestResource.kafka().isRunning()) {
            PostgresKafkaTestResource.kafka().start();
        }
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceInOrderAfterwards() {
        // the relay has published before, so it knows the topic's partitions
        WidgetResponse warmUp = Widgets.create("warm-" + UUID.randomUUID());
        try (EventReader reader = new EventReader()) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !reader.pollKeys(Set.of(warmUp.id().toString())).isEmpty());
        }
        org.jboss.logmanager.Logger.getLogger("").addHandler(capture);

        PostgresKafkaTestResource.kafka().stop();
        Map<String, WidgetResponse> widgets = new ConcurrentHashMap<>();
        for (int w = 0; w < 3; w++) {
            WidgetResponse widget = Widgets.create("outage-" + UUID.randomUUID());
            for (int r = 1; r <= 3; r++) {
                widget = Widgets.rename(widget, "outage-" + r + "-" + widget.id());
            }
            widgets.put(widget.id().toString(), widget);
        }
        List<String> keys = new ArrayList<>(widgets.keySet());
        long written = keys.size() * 4L;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> data = outboxHealth();
            assertThat(data.get("status")).isEqualTo("UP");
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) data.get("data");
            assertThat(details.get("kafka")).isEqualTo("DOWN");
            assertThat(((Number) details.get("backlog")).longValue()).isGreaterThanOrEqualTo(written);
            assertThat(((Number) details.get("oldestPendingAgeSeconds")).longValue()).isGreaterThanOrEqualTo(0);
            String metrics = given().get("/q/metrics").then().statusCode(SC_OK).extract().asString();
            assertThat(OutboxTest.metric(metrics, "rcs_outbox_backlog")).isGreaterThanOrEqualTo(written);
        });
        given().get("/q/health/ready").then().statusCode(SC_OK);

        // keep writing while the broker comes back, so rounds straddle the recovery
        AtomicBoolean restarting = new AtomicBoolean(true);
        AtomicLong duringRestart = new AtomicLong();
        List<Throwable> writerFailures = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            int n = 0;
            try {
                while (restarting.get()) {
                    String key = keys.get(n++ % keys.size());
                    widgets.put(key, Widgets.rename(widgets.get(key), "restart-" + n + "-" + key));
                    duringRestart.incrementAndGet();
                }
            } catch (Throwable e) {
                writerFailures.add(e);
            }
        });
        writer.start();
        try {
            PostgresKafkaTestResource.kafka().start();
        } finally {
            restarting.set(false);
        }
        assertThatCode(() -> writer.join(10_000)).doesNotThrowAnyException();
        assertThat(writerFailures).isEmpty();
        assertThat(duringRestart.get()).isPositive();
        long expected = written + duringRestart.get();

        try (EventReader reader = new EventReader()) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> reader.pollKeys(new HashSet<>(keys)).size(), n -> n >= expected);
            // nothing more trickles in later
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> reader.pollKeys(new HashSet<>(keys)).size(), n -> n == expected);
            List<ConsumerRecord<String, CloudEvent>> records = reader.pollKeys(new HashSet<>(keys));
            // exactly once
            assertThat(records).extracting(r -> r.value().getId()).doesNotHaveDuplicates().hasSize((int) expected);
            Map<String, List<Long>> versionsByKey = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> version(r.value()), Collectors.toList())));
            assertThat(versionsByKey).hasSize(keys.size());
            // in order per key: 0, 1, 2, ... up to the widget's last version
            versionsByKey.forEach((key, versions) -> assertThat(versions).as(key)
                    .containsExactlyElementsOf(LongStream.rangeClosed(0, widgets.get(key).version()).boxed()
                            .toList()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) outboxHealth().get("data");
            assertThat(details.get("kafka")).isEqualTo("UP");
        });
        // one warning for the outage, not one per attempt
        assertThat(relayWarnings).hasSize(1);
        assertThat(relayWarnings.get(0).getMessage()).contains("Kafka unreachable");
    }

    private static Map<String, Object> outboxHealth() {
        return given().get("/q/health/ready").then().extract().jsonPath()
                .getMap("checks.find { it.name == 'outbox' }");
    }

    private static long version(CloudEvent event) {
        try {
            return new ObjectMapper().readTree(event.getData().toBytes()).get("version").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
