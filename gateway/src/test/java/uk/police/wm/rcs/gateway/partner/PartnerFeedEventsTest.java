package uk.police.wm.rcs.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
 * The partner feed carries a quarter's shareable figures when its board pack is issued (only OFFICIAL without
 * caveats, small counts suppressed, a new version only when they changed) and the decisions on partners'
 * cross-border notices, each once; events read back from the topic and checked against their schemas.
 */
@QuarkusTest
class PartnerFeedEventsTest {

    private static final String PARTNER = TestTokens.forSubject("svc-em").claim("azp", "region-partner-em")
            .roles("region-partner", "machine").claim("clearance", "OFFICIAL").sign();
    private static final String SECRETARIAT = TestTokens.forSubject("gov.secretariat.feed")
            .person("SECRET", "governance-secretariat").caveats("UK_EYES_ONLY").sign();
    private static final String QUARTER = "2051-52/Q1";
    private static final String ORDERED = "partner-feed-test";
    static final String NOTICE_DECIDED_IN_ROCU = "uk.police.wm.rocu.cross-border-notice.decided.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anIssuedQuarterPutsItsShareableFiguresOnTheFeedAgainOnlyWhenTheyChanged() {
        SecurityMarking eyesOnly = SecurityMarking.of(Classification.OFFICIAL, "UK_EYES_ONLY");
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < 6; i++) {
                RocuEventData.approved(events, ORDERED, QUARTER, "DRUGS", "MINOR", "WMP", "OFFICIAL");
                RocuEventData.approved(events, ORDERED, QUARTER, "FIREARMS", "MINOR", "WMP", "OFFICIAL_SENSITIVE");
                RocuEventData.approved(events, ORDERED, QUARTER, "FRAUD_AND_ECONOMIC_CRIME", "MINOR", "WMP",
                        eyesOnly);
            }
            for (int i = 0; i < 2; i++) {
                RocuEventData.approved(events, ORDERED, QUARTER, "COUNTY_LINES", "MINOR", "WMP", "OFFICIAL");
            }
            awaitPartnerCount("COUNTY_LINES", null);
        }
        issue(); // version 1
        issue(); // nothing a partner sees changed: nothing published
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            RocuEventData.approved(events, ORDERED, QUARTER, "DRUGS", "MINOR", "WMP", "OFFICIAL");
            awaitPartnerCount("DRUGS", 7L);
        }
        issue(); // version 2

        List<ConsumerRecord<String, CloudEvent>> feed = EventContracts.readUntil(bootstrapServers, "partner.events",
                seen -> seen.stream().anyMatch(r -> isFigures(r) && EventContracts.jsonOf(r).get("version").asInt() == 2),
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, CloudEvent>> figures = feed.stream().filter(PartnerFeedEventsTest::isFigures)
                .toList();
        // the outbox publishes in order: an event of the unchanged issue would be before version 2
        assertThat(figures).extracting(r -> EventContracts.jsonOf(r).get("version").asInt()).containsExactly(1, 2);
        figures.forEach(EventContracts::assertValid);
        JsonNode first = EventContracts.jsonOf(figures.get(0));
        assertThat(count(first, "DRUGS").get("value").asLong()).isEqualTo(6);
        assertThat(count(first, "COUNTY_LINES").get("suppressed").asBoolean()).isTrue();
        assertThat(count(first, "COUNTY_LINES").get("value").isNull()).isTrue();
        assertThat(first.get("rocu").get("approvedDisruptionsByCrimeType").findValuesAsText("key"))
                .doesNotContain("FIREARMS", "FRAUD_AND_ECONOMIC_CRIME");
        assertThat(count(EventContracts.jsonOf(figures.get(1)), "DRUGS").get("value").asLong()).isEqualTo(7);
        assertThat(EventContracts.header(figures.get(1), "ce_classification")).isEqualTo("OFFICIAL");
        assertThat(EventContracts.header(figures.get(1), "ce_caveats")).isEmpty();
    }

    @Test
    void aNoticeDecisionReachesTheFeedOnceAndNeverAboveOfficial() {
        String notice = UUID.randomUUID().toString();
        String secretNotice = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send("rocu.events", noticeDecided(notice, "region-partner-em", "REJECTED", "OFFICIAL"));
            // redelivered under another CloudEvents id (a republish): still one decision for the partner
            events.send("rocu.events", noticeDecided(notice, "region-partner-em", "REJECTED", "OFFICIAL"));
            events.send("rocu.events", noticeDecided(secretNotice, "region-partner-em", "ACCEPTED", "SECRET"));
            events.send("rocu.events", noticeDecided(marker, "region-partner-nw", "ACCEPTED", "OFFICIAL"));
        }
        List<ConsumerRecord<String, CloudEvent>> feed = EventContracts.readUntil(bootstrapServers, "partner.events",
                seen -> seen.stream().anyMatch(r -> EventContracts.dataOf(r).contains(marker)), Duration.ofSeconds(30));
        List<ConsumerRecord<String, CloudEvent>> decided = feed.stream()
                .filter(r -> EventContracts.dataOf(r).contains(notice)).toList();
        assertThat(decided).hasSize(1);
        EventContracts.assertValid(decided.get(0));
        JsonNode data = EventContracts.jsonOf(decided.get(0));
        assertThat(data.get("partnerRegion").asText()).isEqualTo("region-partner-em");
        assertThat(data.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(decided.get(0).key()).isEqualTo(notice);
        assertThat(feed).noneMatch(r -> EventContracts.dataOf(r).contains(secretNotice));
    }

    static CloudEvent noticeDecided(String noticeId, String partnerRegion, String decision, String classification) {
        Map<String, Object> data = new HashMap<>();
        data.put("noticeId", noticeId);
        data.put("partnerRegion", partnerRegion);
        data.put("decision", decision);
        data.put("decidedAt", Instant.now().toString());
        data.put("classification", classification);
        return TestEvents.marked(RocuEventData.SOURCE, NOTICE_DECIDED_IN_ROCU, noticeId, data);
    }

    private static boolean isFigures(ConsumerRecord<String, CloudEvent> r) {
        return PartnerFeed.QUARTER_FIGURES_PUBLISHED.equals(r.value().getType()) && QUARTER.equals(r.key());
    }

    private static JsonNode count(JsonNode figures, String key) {
        for (JsonNode c : figures.get("rocu").get("approvedDisruptionsByCrimeType")) {
            if (key.equals(c.get("key").asText())) {
                return c;
            }
        }
        throw new AssertionError("no count for " + key + " in " + figures);
    }

    private static void awaitPartnerCount(String crimeType, Long value) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> counts = given().auth().oauth2(PARTNER).when().get("/api/v1/partner/" + QUARTER)
                    .then().extract().jsonPath().getList("approvedDisruptionsByCrimeType");
            return counts != null && counts.stream().anyMatch(c -> crimeType.equals(c.get("key"))
                    && Objects.equals(value, c.get("value") == null ? null : ((Number) c.get("value")).longValue()));
        });
    }

    private static void issue() {
        given().auth().oauth2(SECRETARIAT).when().post("/api/v1/board-packs/" + QUARTER)
                .then().statusCode(HttpStatus.SC_CREATED);
    }
}
