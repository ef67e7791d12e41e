package uk.police.wm.rcs.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Partner regions get only what is shareable: OFFICIAL figures with small counts suppressed and threat levels, a
 * feed that carries each change once (also after a rebuild), never a narrative, and 403 for everything else.
 */
@QuarkusTest
class PartnerTest {

    private static final String PARTNER = TestTokens.forSubject("svc-em").claim("azp", "region-partner-em")
            .roles("region-partner", "machine").claim("clearance", "OFFICIAL").sign();
    private static final String ADMIN = TestTokens.forSubject("admin-p").person("OFFICIAL", "admin").sign();
    private static final String VIEWER = TestTokens.forSubject("viewer-p").person("OFFICIAL", "governance-viewer")
            .sign();
    private static final String CAVEAT_VIEWER = TestTokens.forSubject("viewer-pc")
            .person("OFFICIAL", "governance-viewer").caveats("UK_EYES_ONLY").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private static void approved(TestEvents events, String crimeType, String classification) {
        RocuEventData.approved(events, "partner-test", "2035-36/Q1", crimeType, "MINOR", "WMP", classification);
    }

    @Test
    void aPartnerSeesOnlyOfficialFiguresWithSmallCountsSuppressed() {
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 5; i++) {
                approved(events, "ORGANISED_ACQUISITIVE_CRIME", "OFFICIAL");
            }
            for (int i = 0; i < 2; i++) {
                approved(events, "COUNTY_LINES", "OFFICIAL");
            }
            for (int i = 0; i < 9; i++) {
                approved(events, "DRUGS", "OFFICIAL_SENSITIVE");
            }
            approved(events, "OTHER", "OFFICIAL"); // applied last on this key
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(PARTNER)
                    .when().get("/api/v1/partner/2035-36/Q1").then().extract().jsonPath()
                    .getList("approvedDisruptionsByCrimeType.key").contains("OTHER"));
        }
        JsonPath shared = given().auth().oauth2(PARTNER).when().get("/api/v1/partner/2035-36/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(shared.getInt("approvedDisruptionsByCrimeType.find { it.key == 'ORGANISED_ACQUISITIVE_CRIME' }"
                + ".value")).isEqualTo(5);
        assertThat(shared.getBoolean("approvedDisruptionsByCrimeType.find { it.key == 'COUNTY_LINES' }.suppressed"))
                .isTrue();
        assertThat(shared.getList("approvedDisruptionsByCrimeType.key")).doesNotContain("DRUGS");
    }

    @Test
    void aPartnerNeverCountsAnOfficialRecordCarryingACaveatNorAnythingAboveOfficial() {
        SecurityMarking eyesOnly = SecurityMarking.of(Classification.OFFICIAL, "UK_EYES_ONLY");
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                RocuEventData.approved(events, "partner-test", "2049-50/Q1", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING",
                        "MINOR", "WMP", eyesOnly);
                RocuEventData.approved(events, "partner-test", "2049-50/Q1", "FIREARMS", "MINOR", "WMP", "SECRET");
                RocuEventData.approved(events, "partner-test", "2049-50/Q1", "DRUGS", "MINOR", "WMP", "OFFICIAL");
            }
            // applied last on this key: a caveated record beside five shareable ones of the same crime type
            RocuEventData.approved(events, "partner-test", "2049-50/Q1", "DRUGS", "MINOR", "WMP", eyesOnly);
            await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Objects.equals(7, given().auth()
                    .oauth2(CAVEAT_VIEWER).when().get("/api/v1/governance/2049-50/Q1").then().extract().jsonPath()
                    .get("rocu.figures.approvedDisruptions.byCrimeType.find { it.key == 'DRUGS' }.current.value")));
        }
        JsonPath shared = given().auth().oauth2(PARTNER).when().get("/api/v1/partner/2049-50/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(shared.getInt("approvedDisruptionsByCrimeType.find { it.key == 'DRUGS' }.value")).isEqualTo(6);
        assertThat(shared.getList("approvedDisruptionsByCrimeType.key"))
                .doesNotContain("MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "FIREARMS");
    }

    @Test
    void theFeedNeverCarriesAThreatLevelMarkedAboveOfficialOrWithACaveat() {
        String caveated = UUID.randomUUID().toString();
        String secret = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "NI_RELATED_IN_GREAT_BRITAIN", Map.of("id", caveated,
                            "scope", "NI_RELATED_IN_GREAT_BRITAIN", "level", "CRITICAL", "effectiveFrom", "2050-01-01",
                            "setBy", "JTAC", "rationale", "Synthetic.", "classification", "OFFICIAL",
                            "caveats", List.of("UK_EYES_ONLY"))));
            events.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "NI_RELATED_IN_GREAT_BRITAIN", Map.of("id", secret,
                            "scope", "NI_RELATED_IN_GREAT_BRITAIN", "level", "CRITICAL", "effectiveFrom", "2050-01-02",
                            "setBy", "JTAC", "rationale", "Synthetic.", "classification", "SECRET")));
            events.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "NI_RELATED_IN_GREAT_BRITAIN", Map.of("id", marker,
                            "scope", "NI_RELATED_IN_GREAT_BRITAIN", "level", "LOW", "effectiveFrom", "2050-02-01",
                            "setBy", "JTAC", "rationale", "Synthetic.", "classification", "OFFICIAL")));
        }
        // the outbox publishes in order: once the later change is on the feed, the others would be too
        List<ConsumerRecord<String, CloudEvent>> feed = EventContracts.readUntil(bootstrapServers, "partner.events",
                seen -> seen.stream().anyMatch(r -> EventContracts.dataOf(r).contains(marker)), Duration.ofSeconds(30));
        assertThat(feed).noneMatch(r -> EventContracts.dataOf(r).contains(caveated)
                || EventContracts.dataOf(r).contains(secret));
        ConsumerRecord<String, CloudEvent> published = feed.stream()
                .filter(r -> EventContracts.dataOf(r).contains(marker)).findFirst().orElseThrow();
        EventContracts.assertValid(published);
        assertThat(EventContracts.header(published, "ce_classification")).isEqualTo("OFFICIAL");
        assertThat(EventContracts.header(published, "ce_caveats")).isEmpty();
        assertThat(given().auth().oauth2(PARTNER).queryParam("on", "2050-01-15")
                .when().get("/api/v1/partner/threat-levels").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("level")).doesNotContain("CRITICAL");
    }

    @Test
    void aPartnerNeverGetsAnOperationalHighlightsNarrative() throws Exception {
        String narrative = "Synthetic: an OFFICIAL highlight no partner may read.";
        String id = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 5; i++) {
                RocuEventData.approved(events, "partner-test", "2045-46/Q1", "DRUGS", "MINOR", "WMP", "OFFICIAL");
            }
            // the most shareable marking a highlight can have: OFFICIAL, no caveats
            events.send("rocu.events", "partner-test", TestEvents.event(RocuEventData.SOURCE, RocuEventData.HIGHLIGHT,
                    id, RocuEventData.highlight(id, "2045-46/Q1", "WMP", "DRUGS", narrative, "OFFICIAL", List.of())));
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(VIEWER)
                    .when().get("/api/v1/governance/2045-46/Q1").then().extract().jsonPath()
                    .getList("rocu.figures.highlights.narrative").contains(narrative));
        }
        String shared = given().auth().oauth2(PARTNER).when().get("/api/v1/partner/2045-46/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
        assertThat(JsonPath.from(shared).getInt("approvedDisruptionsByCrimeType.find { it.key == 'DRUGS' }.value"))
                .isEqualTo(5);
        assertThat(shared).doesNotContain(narrative).doesNotContain("highlight").doesNotContain(id);
        // the feed is written only through the gateway's outbox: no row of it carries a narrative
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event"
                     + " WHERE data::text LIKE '%narrative%' OR data::text LIKE ?")) {
            s.setString(1, "%" + narrative + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
        given().auth().oauth2(PARTNER).when().get("/api/v1/governance/2045-46/Q1")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void aPartnerGetsForbiddenForEverythingElse() {
        for (String path : List.of("/api/v1/governance/2018-19/Q2", "/api/v1/board-pack/2018-19/Q2",
                "/api/v1/board-pack/2018-19/Q2/pdf", "/api/v1/read-model/freshness")) {
            given().auth().oauth2(PARTNER).when().get(path).then().statusCode(HttpStatus.SC_FORBIDDEN)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(PARTNER).when().post("/api/v1/read-model/rebuild")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void theFeedCarriesEachThreatLevelChangeOnceEvenAfterARebuild() {
        String changeId = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "UK_NATIONAL", Map.of("id", changeId,
                            "scope", "UK_NATIONAL", "level", "SUBSTANTIAL", "effectiveFrom", "2035-01-01",
                            "setBy", "JTAC", "rationale", "Synthetic: must never reach a partner.",
                            "classification", "OFFICIAL")));
        }
        List<ConsumerRecord<String, CloudEvent>> first = EventContracts.readUntil(bootstrapServers, "partner.events",
                seen -> seen.stream().anyMatch(r -> EventContracts.dataOf(r).contains(changeId)), Duration.ofSeconds(30));
        ConsumerRecord<String, CloudEvent> event = first.stream()
                .filter(r -> EventContracts.dataOf(r).contains(changeId)).findFirst().orElseThrow();
        EventContracts.assertValid(event);
        assertThat(EventContracts.dataOf(event)).doesNotContain("must never reach a partner");

        given().auth().oauth2(ADMIN).when().post("/api/v1/read-model/rebuild").then().statusCode(HttpStatus.SC_ACCEPTED);
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(ADMIN)
                .when().get("/api/v1/read-model/freshness").then().extract().jsonPath().getBoolean("rebuilding")
                && given().auth().oauth2(PARTNER).queryParam("on", "2035-01-02")
                .when().get("/api/v1/partner/threat-levels").then().extract().jsonPath()
                .getList("level").contains("SUBSTANTIAL"));

        // the outbox publishes in order: once a later change is on the feed, any republished one would be too
        String markerId = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("ctu.events", TestEvents.marked("/west-midlands/ctu-service",
                    "uk.police.wm.ctu.threat-level.changed.v1", "UK_NATIONAL", Map.of("id", markerId,
                            "scope", "UK_NATIONAL", "level", "SEVERE", "effectiveFrom", "2035-02-01",
                            "setBy", "JTAC", "rationale", "Synthetic.", "classification", "OFFICIAL")));
        }
        List<ConsumerRecord<String, CloudEvent>> after = EventContracts.readUntil(bootstrapServers, "partner.events",
                seen -> seen.stream().anyMatch(r -> EventContracts.dataOf(r).contains(markerId)), Duration.ofSeconds(30));
        assertThat(after.stream().filter(r -> EventContracts.dataOf(r).contains(changeId))).hasSize(1);
    }
}
