package uk.police.wm.rcs.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.apache.http.HttpStatus.SC_OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.police.wm.rcs.platform.support.AnyEvent;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.EventReader;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.support.Widgets;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;
import uk.police.wm.rcs.platform.testapp.WidgetService;
import uk.police.wm.rcs.stack.testing.NearestRank;

/** The outbox commits with the caller's change and the relay publishes it as a binary-mode CloudEvent, in order. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxPurge purge;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    private Db db;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
    }

    @Test
    void anEventWhoseDataStatesAnotherMarkingIsRefused() {
        String key = "disagree-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.append(new AnyEvent("widget",
                key, "uk.police.wm.test.widget.created.v1", SecurityMarking.OFFICIAL,
                Map.of("classification", "SECRET"))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", key)).isZero();
    }

    @Test
    void appendNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.append(new AnyEvent("widget", "w-1", "uk.police.wm.test.widget.created.v1",
                SecurityMarking.OFFICIAL, Map.of())))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void appendIsRolledBackWithTheCallersTransaction() {
        String rolledBack = "rolled-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(new AnyEvent("widget", rolledBack, "uk.police.wm.test.widget.created.v1",
                    SecurityMarking.OFFICIAL, Map.of("a", 1)));
            throw new IllegalStateException("the caller's change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", rolledBack)).isZero();

        String committed = "committed-" + UUID.randomUUID();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.append(new AnyEvent("widget", committed,
                "uk.police.wm.test.widget.created.v1", SecurityMarking.OFFICIAL, Map.of("a", 1))));
        assertThat(db.rows("SELECT id, subject, source, data::text AS data FROM outbox_event WHERE aggregate_id = ?",
                committed)).singleElement().satisfies(row -> {
                    assertThat(row.get("id")).isEqualTo(id);
                    assertThat(row.get("subject")).isEqualTo(committed);
                    assertThat(row.get("source")).isEqualTo("/platform-test");
                    assertThat(row.get("data")).isEqualTo("{\"a\": 1, \"caveats\": [], \"classification\": \"OFFICIAL\"}");
                });
    }

    @Test
    void relayPublishesABinaryModeCloudEventKeyedByAggregate() throws Exception {
        try (EventReader reader = new EventReader()) {
            String correlationId = "outbox-" + UUID.randomUUID();
            WidgetResponse widget = given().header(CorrelationId.HEADER, correlationId).contentType(ContentType.JSON)
                    .body(Map.of("name", "event-" + UUID.randomUUID(), "impact", "MINOR")).post("/test/widgets")
                    .then().statusCode(SC_CREATED).extract().as(WidgetResponse.class);
            String key = widget.id().toString();

            await().atMost(Duration.ofSeconds(30)).until(() -> reader.pollKeys(Set.of(key)).size(), n -> n > 0);
            ConsumerRecord<String, CloudEvent> record = reader.pollKeys(Set.of(key)).get(0);
            Map<String, Object> row = db.rows("SELECT id, time, published_at FROM outbox_event WHERE aggregate_id = ?",
                    key).get(0);

            for (String header : List.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_subject", "ce_time")) {
                assertThat(record.headers().lastHeader(header)).as(header).isNotNull();
            }
            assertThat(text(record.headers().lastHeader("ce_specversion"))).isEqualTo("1.0");
            assertThat(text(record.headers().lastHeader("ce_id"))).isEqualTo(row.get("id").toString());
            assertThat(text(record.headers().lastHeader("content-type"))).isEqualTo("application/json");

            CloudEvent event = record.value();
            assertThat(event.getId()).isEqualTo(row.get("id").toString());
            assertThat(event.getSource()).hasToString("/platform-test");
            assertThat(event.getType()).isEqualTo(WidgetService.CREATED);
            assertThat(event.getSubject()).isEqualTo(key);
            assertThat(event.getTime().toInstant()).isEqualTo(((java.sql.Timestamp) row.get("time")).toInstant());
            assertThat(event.getExtension("correlationid")).isEqualTo(correlationId);
            JsonNode data = objectMapper.readTree(event.getData().toBytes());
            assertThat(data.get("id").asText()).isEqualTo(key);
            assertThat(data.get("impact").asText()).isEqualTo("MINOR");
            // the marking of what the event describes, as extension attributes and in the data
            assertThat(text(record.headers().lastHeader("ce_classification"))).isEqualTo("OFFICIAL_SENSITIVE");
            assertThat(text(record.headers().lastHeader("ce_caveats"))).isEqualTo("UK_EYES_ONLY");
            assertThat(EventMarkings.read(event, data)).isEqualTo(WidgetService.MARKING);
            assertThat(data.get("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
            assertThat(data.get("caveats")).hasSize(1);
            assertThat(data.get("caveats").get(0).asText()).isEqualTo("UK_EYES_ONLY");
            assertThat(record.key()).isEqualTo(key);
            await().atMost(Duration.ofSeconds(5)).until(() -> db.rows(
                    "SELECT published_at FROM outbox_event WHERE aggregate_id = ?", key).get(0).get("published_at")
                    != null);
        }
    }

    @Test
    void appendAllWritesABatchInOrderAndRollsItBackWhole() {
        String key = "batch-" + UUID.randomUUID();
        List<AnyEvent> batch = java.util.stream.IntStream.range(0, 250).mapToObj(i -> new AnyEvent(
                "widget", key, "uk.police.wm.test.widget.renamed.v1", SecurityMarking.OFFICIAL, Map.of("n", i))).toList();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.appendAll(batch);
            throw new IllegalStateException("the caller's change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", key)).isZero();

        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> outbox.appendAll(batch));
        List<Map<String, Object>> rows = db.rows(
                "SELECT id, (data->>'n')::int AS n FROM outbox_event WHERE aggregate_id = ? ORDER BY seq", key);
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(ids);
        assertThat(rows).extracting(r -> r.get("n")).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 250).boxed().toList());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(List.of(
                new AnyEvent("widget", key, "not-versioned", SecurityMarking.OFFICIAL, Map.of())))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsOfOneAggregateArriveInOrder() {
        try (EventReader reader = new EventReader()) {
            WidgetResponse widget = Widgets.create("ordered-" + UUID.randomUUID());
            for (int i = 1; i <= 5; i++) {
                widget = Widgets.rename(widget, "ordered-" + i + "-" + widget.id());
            }
            String key = widget.id().toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.pollKeys(Set.of(key)).size(), n -> n >= 6);
            List<ConsumerRecord<String, CloudEvent>> records = reader.pollKeys(Set.of(key));
            assertThat(records).hasSize(6);
            assertThat(records).extracting(r -> version(r.value())).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            assertThat(records.get(0).value().getType()).isEqualTo(WidgetService.CREATED);
        }
    }

    @Test
    void aRowCommittedLaterWithALowerSeqHoldsBackTheRowsAfterIt() throws Exception {
        String key = "guard-" + UUID.randomUUID();
        try (EventReader reader = new EventReader();
                Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO outbox_event (id, source, type, subject, aggregate_type, aggregate_id, time, data,
                                              classification, caveats)
                    VALUES (?, '/platform-test', 'uk.police.wm.test.widget.created.v1', ?, 'widget', ?, now(),
                            '{"step": 1}', 'OFFICIAL', '{}')""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, key);
                insert.setString(3, key);
                insert.executeUpdate();
            }
            // a second event for the same key commits first, with a higher seq
            QuarkusTransaction.requiringNew().run(() -> outbox.append(new AnyEvent("widget", key,
                    "uk.police.wm.test.widget.renamed.v1", SecurityMarking.OFFICIAL, Map.of("step", 2))));

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> reader.pollKeys(Set.of(key)).isEmpty()
                            && db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? "
                                    + "AND published_at IS NOT NULL", key) == 0);
            slow.commit();

            await().atMost(Duration.ofSeconds(30)).until(() -> reader.pollKeys(Set.of(key)).size(), n -> n >= 2);
            List<ConsumerRecord<String, CloudEvent>> records = reader.pollKeys(Set.of(key));
            assertThat(records).extracting(r -> new String(r.value().getData().toBytes(), StandardCharsets.UTF_8))
                    .containsExactly("{\"step\": 1}", "{\"step\": 2, \"caveats\": [], \"classification\": \"OFFICIAL\"}");
        }
    }

    @Test
    void onlyOneRelayPerDatabase() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.mode() == OutboxRelay.Mode.ACTIVE);
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("a second relay can take the lock").isFalse();
            }
        }
    }

    @Test
    void metricsAndReadinessDescribeTheOutbox() {
        Widgets.create("metrics-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(SC_OK).extract().asString();
            assertThat(metrics).contains("rcs_outbox_backlog ", "rcs_outbox_published_total",
                    "rcs_outbox_publish_lag_seconds_count");
            assertThat(metric(metrics, "rcs_outbox_published_total")).isPositive();
        });
        JsonPath health = given().get("/q/health/ready").then().statusCode(SC_OK).extract().jsonPath();
        Map<String, Object> check = health.getMap("checks.find { it.name == 'outbox' }");
        assertThat(check).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        assertThat(data).containsKeys("backlog", "oldestPendingAgeSeconds", "kafka", "maxBacklog", "relay");
        assertThat(data.get("relay")).isEqualTo("ACTIVE");
    }

    @Test
    void purgeDeletesOnlyPublishedRowsPastRetention() throws Exception {
        String old = "old-" + UUID.randomUUID();
        String pending = "pending-" + UUID.randomUUID();
        db.update("""
                INSERT INTO outbox_event (id, source, type, subject, aggregate_type, aggregate_id, time, data, published_at,
                                          classification, caveats)
                VALUES (?, '/t', 'uk.police.wm.test.widget.created.v1', ?, 'widget', ?, now() - interval '30 days',
                        '{}', now() - interval '8 days', 'OFFICIAL', '{}')""", UUID.randomUUID(), old, old);
        // an unpublished row stays however old it is; keep the relay off it by holding it in an open transaction
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (PreparedStatement insert = hold.prepareStatement("""
                    INSERT INTO outbox_event (id, source, type, subject, aggregate_type, aggregate_id, time, data,
                                              classification, caveats)
                    VALUES (?, '/t', 'uk.police.wm.test.widget.created.v1', ?, 'widget', ?, now() - interval '30 days',
                            '{}', 'OFFICIAL', '{}')""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, pending);
                insert.setString(3, pending);
                insert.executeUpdate();
            }
            assertThat(purge.purge()).isPositive();
            assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", old)).isZero();
            hold.rollback();
        }
        WidgetResponse recent = Widgets.create("recent-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NOT NULL",
                recent.id().toString()) == 1);
        purge.purge();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", recent.id().toString()))
                .isOne();
    }

    @Test
    void publishLagUnderLoad() throws Exception {
        int writers = 4;
        int perWriter = 50;
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        try (EventReader reader = new EventReader()) {
            reader.poll(r -> false);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            long start = System.nanoTime();
            for (int w = 0; w < writers; w++) {
                pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        keys.add(Widgets.create("load-" + UUID.randomUUID()).id().toString());
                    }
                });
            }
            pool.shutdown();
            Set<String> wanted = ConcurrentHashMap.newKeySet();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                synchronized (keys) { // iterating a synchronized list needs its lock while writers add
                    wanted.addAll(keys);
                }
                for (ConsumerRecord<String, CloudEvent> r : reader.pollKeys(wanted)) {
                    receivedAt.putIfAbsent(r.key(), System.currentTimeMillis()
                            - r.value().getTime().toInstant().toEpochMilli());
                }
                return pool.isTerminated() && receivedAt.size() == writers * perWriter;
            });
            assertThat(pool.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> lags = receivedAt.values().stream().sorted().toList();
            long p50 = NearestRank.of(lags, 0.50);
            long p95 = NearestRank.of(lags, 0.95);
            long max = lags.get(lags.size() - 1);
            System.out.printf("OUTBOX LAG append->consumer over %d events in %.1fs: p50=%dms p95=%dms max=%dms%n",
                    lags.size(), seconds, p50, p95, max);
            System.out.println("OUTBOX LAG append->ack (published_at - time): " + db.rows("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - time)) AS p50,
                           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - time)) AS p95,
                           max(extract(epoch FROM published_at - time)) AS max
                    FROM outbox_event WHERE aggregate_id = ANY (?)""", (Object) keys.toArray(String[]::new)));
            // the consumer's own polling adds up to ~200 ms; the relay itself publishes well within that
            assertThat(p95).isLessThan(1_000);
        }
    }

    private static long version(CloudEvent event) {
        try {
            return new ObjectMapper().readTree(event.getData().toBytes()).get("version").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    static double metric(String exposition, String name) {
        return exposition.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
