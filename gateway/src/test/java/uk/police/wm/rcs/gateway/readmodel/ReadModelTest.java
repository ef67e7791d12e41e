package uk.police.wm.rcs.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The read model from real Kafka into real PostgreSQL: a duplicated event applies once, junk is set aside without
 * stopping the view, and a rebuild from the topics gives back the same view.
 */
@QuarkusTest
class ReadModelTest {

    private static final String ADMIN = TestTokens.forSubject("admin-1").person("OFFICIAL", "admin").sign();
    private static final String VIEWER = TestTokens.forSubject("viewer-1").person("OFFICIAL", "governance-viewer").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    private KafkaProducer<String, CloudEvent> cloudEvents() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer());
    }

    private static CloudEvent threatLevelChanged(String eventId, String changeId, String level, String date) {
        String data = """
                {"id":"%s","scope":"NI_RELATED_IN_NORTHERN_IRELAND","level":"%s","previousLevel":null,
                 "effectiveFrom":"%s","setBy":"MI5","rationale":"Synthetic.","classification":"OFFICIAL",
                 "caveats":[]}"""
                .formatted(changeId, level, date);
        return CloudEventBuilder.v1().withId(eventId).withSource(URI.create("/west-midlands/ctu-service"))
                .withType("uk.police.wm.ctu.threat-level.changed.v1").withSubject("NI_RELATED_IN_NORTHERN_IRELAND")
                .withTime(OffsetDateTime.parse("2026-01-01T00:00:00Z")).withDataContentType("application/json")
                .withExtension("classification", "OFFICIAL").withExtension("caveats", "")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
    }

    private long rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private List<?> threatLevelView() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT id, scope, level,"
                + " effective_from, set_by, rationale FROM ctu_threat_level ORDER BY id").getResultList().stream()
                .map(r -> List.of((Object[]) r)).toList());
    }

    @Test
    void aDuplicatedEventAppliesOnceAndJunkIsSetAside() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String changeId = UUID.randomUUID().toString();
        String laterChange = UUID.randomUUID().toString();
        try (KafkaProducer<String, CloudEvent> producer = cloudEvents();
             KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                     new ByteArraySerializer())) {
            CloudEvent event = threatLevelChanged(eventId, changeId, "SEVERE", "2017-01-01");
            producer.send(new ProducerRecord<>("ctu.events", "NI_RELATED_IN_NORTHERN_IRELAND", event)).get();
            producer.send(new ProducerRecord<>("ctu.events", "NI_RELATED_IN_NORTHERN_IRELAND", event)).get();
            raw.send(new ProducerRecord<>("ctu.events", "NI_RELATED_IN_NORTHERN_IRELAND",
                    "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>("ctu.events", "NI_RELATED_IN_NORTHERN_IRELAND",
                    threatLevelChanged(UUID.randomUUID().toString(), laterChange, "SUBSTANTIAL", "2017-02-01"))).get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() ->
                rows("SELECT count(*) FROM ctu_threat_level WHERE id = CAST(?1 AS uuid)", laterChange) == 1);
        assertThat(rows("SELECT count(*) FROM ctu_threat_level WHERE id = CAST(?1 AS uuid)", changeId)).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM consumed_event WHERE event_id = ?1", eventId)).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM rejected_event WHERE type = 'undecodable'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRebuildFromTheTopicsGivesBackTheSameView() throws Exception {
        List<String> changeIds = new java.util.ArrayList<>();
        try (KafkaProducer<String, CloudEvent> producer = cloudEvents()) {
            for (int i = 0; i < 20; i++) {
                changeIds.add(UUID.randomUUID().toString());
                producer.send(new ProducerRecord<>("ctu.events", "NI_RELATED_IN_NORTHERN_IRELAND",
                        threatLevelChanged(UUID.randomUUID().toString(), changeIds.get(i),
                                i % 2 == 0 ? "SEVERE" : "SUBSTANTIAL", "2018-01-" + (10 + i))));
            }
            producer.flush();
        }
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            // one by one as published, so the live view applies them in small batches and a rebuild in large ones
            for (int i = 0; i < 30; i++) {
                String id = RocuEventData.approved(events, "rebuild-" + i, i % 2 == 0 ? "2035-36/Q1" : "2035-36/Q2",
                        i % 3 == 0 ? "DRUGS" : "FIREARMS", "MAJOR", i % 4 == 0 ? "WMP" : "STA", "OFFICIAL_SENSITIVE");
                if (i % 5 == 0) { // a later amendment back to CLAIMED takes it out of the figures again
                    Map<String, Object> amended = RocuEventData.claim(id, 3, "2035-36/Q1", "DRUGS", "MINOR", "WMP",
                            "OFFICIAL");
                    events.send("rocu.events", "rebuild-" + i, TestEvents.marked(RocuEventData.SOURCE,
                            "uk.police.wm.rocu.disruption.amended.v1", id, amended));
                }
            }
        }
        String lastId = changeIds.get(changeIds.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                rows("SELECT count(*) FROM ctu_threat_level WHERE id = CAST(?1 AS uuid)", lastId) == 1
                        && allCaughtUp());
        List<?> live = threatLevelView();
        Map<String, List<?>> liveFigures = figureTables();
        assertThat(liveFigures.get("rocu_disruption_figure")).isNotEmpty();
        assertThat(liveFigures.get("rocu_backlog_figure")).isNotEmpty();
        assertThat(live).hasSizeGreaterThanOrEqualTo(20);

        given().auth().oauth2(VIEWER).when().post("/api/v1/read-model/rebuild")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(ADMIN).when().post("/api/v1/read-model/rebuild")
                .then().statusCode(HttpStatus.SC_ACCEPTED).contentType(ContentType.JSON);

        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp() && allCaughtUp()
                && threatLevelView().size() == live.size() && figureTables().equals(liveFigures));
        assertThat(threatLevelView()).isEqualTo(live);
        assertThat(figureTables()).isEqualTo(liveFigures);
    }

    private boolean caughtUp() {
        var freshness = given().auth().oauth2(VIEWER).when().get("/api/v1/read-model/freshness")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        Number ctuLag = freshness.get("sections.find { it.section == 'CTU' }.lag");
        return !freshness.getBoolean("rebuilding") && ctuLag != null && ctuLag.longValue() == 0
                && freshness.getLong("sections.find { it.section == 'CTU' }.eventsApplied") > 0;
    }

    private boolean allCaughtUp() {
        var freshness = given().auth().oauth2(VIEWER).when().get("/api/v1/read-model/freshness")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        List<Number> lags = freshness.getList("sections.lag", Number.class);
        return !freshness.getBoolean("rebuilding") && lags.size() == 3
                && lags.stream().allMatch(lag -> lag != null && lag.longValue() == 0);
    }

    /** Every figure table the governance view reads, each row as a list, in key order. */
    private Map<String, List<?>> figureTables() {
        Map<String, String> tables = new java.util.TreeMap<>(Map.of(
                "rocu_disruption_figure", "quarter, classification, caveats, crime_type, impact, force, lead_agency,"
                        + " category",
                "rocu_backlog_figure", "force, classification, caveats",
                "rocu_ocg_figure", "crime_type, classification, caveats",
                "cyber_referral_figure", "quarter, classification, caveats, crime_class, outcome",
                "cyber_triage_hours", "quarter, classification, caveats, hours",
                "cyber_contact_figure", "quarter, classification, caveats", "cyber_pcso_month", "month",
                "ctu_activity_figure", "quarter, four_p, motivation, classification, caveats",
                "ctu_restricted_count", "quarter"));
        Map<String, List<?>> figures = new java.util.TreeMap<>();
        tables.forEach((table, key) -> figures.put(table, QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT * FROM " + table + " ORDER BY " + key).getResultList().stream()
                        .map(r -> r instanceof Object[] columns ? java.util.Arrays.stream(columns)
                                .map(ReadModelTest::comparable).toList()
                                : java.util.Collections.singletonList(comparable(r))).toList())));
        return figures;
    }

    /** A column as a value that compares by content (a caveats text[] column is read as an array). */
    private static Object comparable(Object column) {
        if (column instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        if (column instanceof java.sql.Array array) {
            try {
                return java.util.Arrays.asList((Object[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return column;
    }
}
