package uk.police.wm.rcs.rocu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.events.DisruptionAmendedEvent;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionFixtures;
import uk.police.wm.rcs.rocu.events.ReconciliationIssued;
import uk.police.wm.rcs.rocu.events.ModerationEvents;
import uk.police.wm.rcs.rocu.moderation.ModerationResourceTest;
import uk.police.wm.rcs.rocu.events.OcgEvents;
import uk.police.wm.rcs.rocu.events.QuarterFrozenEvent;
import uk.police.wm.rcs.rocu.events.ReviewEvents;
import uk.police.wm.rcs.stack.testing.EventContracts;

/**
 * Every event type the service publishes: each listed in the AsyncAPI document with a schema, and each produced,
 * read back from the real topic and checked (CloudEvents headers, data against its schema).
 */
@QuarkusTest
class EventCatalogueTest {

    static final Set<String> TYPES = Set.of(DisruptionClaimedEvent.TYPE, DisruptionAmendedEvent.TYPE,
            ModerationEvents.DisruptionModerated.TYPE, ModerationEvents.HighlightPublished.TYPE,
            ModerationEvents.PanelHeld.TYPE, OcgEvents.OcgMapped.TYPE,
            OcgEvents.OcgChanged.TYPE, OcgEvents.OcgArchived.TYPE, QuarterFrozenEvent.TYPE, ReconciliationIssued.TYPE,
            ReviewEvents.ReviewChanged.TYPE, ReviewEvents.ObjectiveSet.TYPE,
            // the records review's two events, typed by the platform's ReviewedTable under this service's prefix
            "uk.police.wm.rocu.review.decided.v1", "uk.police.wm.rocu.record.disposed.v1");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyTypeIsInTheAsyncApiDocumentWithItsSchema() throws IOException {
        String asyncApi = resource("META-INF/asyncapi.yaml");
        for (String type : TYPES) {
            assertThat(asyncApi).contains("name: " + type).contains("./events/" + type + ".schema.json");
            assertThat(resource("META-INF/events/" + type + ".schema.json")).contains("\"title\": \"" + type + "\"");
        }
    }

    @Test
    void everyTypeReachesTheTopicAsAValidCloudEvent() {
        Map<String, Object> disruption = DisruptionFixtures.claim(DisruptionFixtures.uniqueOcg());
        disruption.put("highlight", true); // its approval also publishes the operational highlight
        var claimed = DisruptionFixtures.post("WMP", disruption);
        given().auth().oauth2(Tokens.force("WMP")).header("If-Match", "\"" + claimed.version() + "\"")
                .contentType(ContentType.JSON).body(disruption).when().put("/api/v1/disruptions/" + claimed.id())
                .then().statusCode(HttpStatus.SC_OK);
        ModerationResourceTest.decide(ModerationResourceTest.panel(), claimed.id(), "APPROVE", null, null)
                .statusCode(HttpStatus.SC_CREATED);

        Map<String, Object> ocg = Map.of("reference", "OCG-EVT-" + claimed.id().substring(0, 8), "name", "Synthetic",
                "owningForce", "WAR", "leadResponsibleOfficer", "LRO", "predominantCrimeType", "DRUGS",
                "activityLevel", "LOCAL", "threatBand", "3A");
        String ocgId = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(ocg)
                .when().post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ocg)
                .when().put("/api/v1/ocgs/" + ocgId).then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"1\"")
                .when().post("/api/v1/ocgs/" + ocgId + "/archive").then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/performance/2010-11/Q1/freeze")
                .then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("item", "Synthetic catalogue review " + claimed.id(), "owner", "ROCU Head of Business",
                        "status", "DEFERRED", "nextReview", "2019-09-30"))
                .when().post("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2031-32", "title", "Synthetic catalogue objective " + claimed.id(),
                        "description", "Synthetic."))
                .when().post("/api/v1/governance/objectives").then().statusCode(HttpStatus.SC_CREATED);
        Map<String, Object> person = DisruptionFixtures.claim(null);
        person.remove("ocgReference");
        person.put("targetType", "PRIORITY_INDIVIDUAL");
        person.put("priorityIndividualRef", "PI-EVT-" + claimed.id().substring(0, 8));
        person.put("disruptedOn", "2012-05-01");
        var named = DisruptionFixtures.post("WMP", person);
        given().auth().oauth2(uk.police.wm.rcs.stack.testing.TestTokens.forSubject("records-reviewer-evt")
                        .person("SECRET", "records-reviewer").sign()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + named.version() + "\"")
                .body(Map.of("decision", "DISPOSE", "reason", "Synthetic: review period passed"))
                .when().post("/api/v1/reviews/" + named.id() + "/decisions").then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/funding/reconciliations/2025-26/Q1")
                .then().statusCode(HttpStatus.SC_CREATED);

        List<ConsumerRecord<String, CloudEvent>> seen = EventContracts.readUntil(bootstrapServers, "rocu.events",
                records -> typesOf(records).containsAll(TYPES)
                        && records.stream().anyMatch(r -> "2025-26/Q1".equals(r.key())), Duration.ofSeconds(60));
        assertThat(typesOf(seen)).containsExactlyInAnyOrderElementsOf(TYPES);
        seen.forEach(EventContracts::assertValid);
        // the reconciliation names each contributor's formula share, share due, staff cost borne and balance
        assertThat(seen.stream().filter(r -> "2025-26/Q1".equals(r.key())).findFirst().map(EventContracts::jsonOf)
                .orElseThrow().get("lines")).hasSize(3);
        assertThat(seen.stream().filter(r -> r.key().equals(ocgId)).map(r -> r.value().getType()).toList())
                .containsExactly(OcgEvents.OcgMapped.TYPE, OcgEvents.OcgChanged.TYPE, OcgEvents.OcgArchived.TYPE);
        assertThat(seen.stream().filter(r -> r.key().equals(claimed.id())).map(r -> r.value().getType()).toList())
                .containsExactly(DisruptionClaimedEvent.TYPE, DisruptionAmendedEvent.TYPE,
                        ModerationEvents.DisruptionModerated.TYPE, ModerationEvents.HighlightPublished.TYPE);
    }

    private static Set<String> typesOf(List<ConsumerRecord<String, CloudEvent>> records) {
        return records.stream().map(r -> r.value().getType()).collect(Collectors.toSet());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
