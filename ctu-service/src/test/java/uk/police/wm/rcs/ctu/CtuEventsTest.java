package uk.police.wm.rcs.ctu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.events.RagCountedEvent;
import uk.police.wm.rcs.ctu.events.ExerciseRecordedEvent;
import uk.police.wm.rcs.ctu.events.PreventCaseChangedEvent;
import uk.police.wm.rcs.ctu.prevent.PreventResourceTest;
import uk.police.wm.rcs.ctu.events.ProtectEvents;
import uk.police.wm.rcs.stack.testing.EventContracts;

/**
 * Every event type the service publishes, read back from the real topic: CloudEvents headers, valid against its
 * schema, marked as the record it describes (headers and data) and free of narrative (titles, places, notes,
 * commentary, references stay in the service).
 */
@QuarkusTest
class CtuEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachTypeIsValidAndCarriesNoNarrative() {
        String reference = "PRV-" + UUID.randomUUID();
        Map<String, Object> referral = PreventResourceTest.referral("2019-05-01",
                PreventResourceTest.progress("SCREENING"));
        referral.put("reference", reference);
        referral.put("caveats", List.of("UK_EYES_ONLY"));
        ((Map<String, Object>) referral.get("progress")).put("notes", "Synthetic-note-pelican");
        String caseId = post(Callers.secretOfficer(), "/api/v1/prevent/cases", referral);

        String activityId = post(Callers.forceSystem("WAR"), "/api/v1/protect/activities",
                Map.of("reference", "REF-osprey-" + UUID.randomUUID(), "kind", "SECURITY_REVIEW",
                        "siteType", "VULNERABLE_PERSON_OR_LOCATION", "deliveredOn", "2019-05-02"));
        String eventName = "Synthetic Festival " + UUID.randomUUID();
        String plannedId = post(Callers.secretOfficer(), "/api/v1/protect/planned-events",
                Map.of("name", eventName, "startsOn", "2021-06-01", "expectedDemand", "HIGH"));
        Map<String, Object> exerciseBody = new HashMap<>(Map.of("force", "WMP",
                "reference", "EX-" + UUID.randomUUID(), "type", "TABLE_TOP", "scenario", "CBRN",
                "title", "Synthetic-title-heron", "heldOn", "2019-05-03", "place", "Synthetic-place-wren",
                "agencies", List.of("Police", "Synthetic-agency-lark"), "classification", "SECRET",
                "lessons", List.of(Map.of("lesson", "Synthetic-lesson-finch", "followUp", "OPEN"))));
        exerciseBody.put("caveats", List.of("UK_EYES_ONLY"));
        String exerciseId = post(Callers.secretOfficer(), "/api/v1/prepare/exercises", exerciseBody);
        Map<String, Object> plan = uk.police.wm.rcs.ctu.plan.BusinessPlanResourceTestData.plan("2019-20");
        plan.put("caveats", List.of("UK_EYES_ONLY"));
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/business-plans").then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("quarter", "Q1", "reviewingBody", "NATIONAL_ACSO", "kind", "REGIONAL", "number", 2,
                        "rag", "RED", "commentary", "Synthetic-commentary-swift"))
                .when().post("/api/v1/business-plans/2019-20/reviews").then().statusCode(HttpStatus.SC_CREATED);
        String ragKey = "2019-20/Q1/NATIONAL_ACSO";

        List<String> keys = List.of(caseId, activityId, plannedId, exerciseId, ragKey);
        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> keys.stream().allMatch(k -> seen.stream().anyMatch(r -> k.equals(r.key()))),
                Duration.ofSeconds(30));
        Map<String, String> expectedTypes = Map.of(caseId, PreventCaseChangedEvent.TYPE,
                activityId, ProtectEvents.ActivityRecorded.TYPE, plannedId, ProtectEvents.PlannedEventRegistered.TYPE,
                exerciseId, ExerciseRecordedEvent.TYPE, ragKey, RagCountedEvent.TYPE);
        // the marking of the record each event describes: the RAG counts are marked as their plan
        Map<String, List<String>> expectedMarkings = Map.of(caseId, List.of("OFFICIAL_SENSITIVE", "UK_EYES_ONLY"),
                activityId, List.of("OFFICIAL_SENSITIVE", ""), plannedId, List.of("OFFICIAL", ""),
                exerciseId, List.of("SECRET", "UK_EYES_ONLY"), ragKey, List.of("SECRET", "UK_EYES_ONLY"));
        for (ConsumerRecord<String, CloudEvent> r : events) {
            EventContracts.assertValid(r);
            assertThat(EventContracts.dataOf(r)).doesNotContain("pelican", "osprey", "heron", "wren", "lark",
                    "finch", "swift", reference, "Synthetic regional priority");
            if (expectedTypes.containsKey(r.key())) {
                assertThat(r.value().getType()).isEqualTo(expectedTypes.get(r.key()));
                assertThat(r.value().getSubject()).isEqualTo(r.key());
                List<String> marking = expectedMarkings.get(r.key());
                assertThat(EventContracts.header(r, "ce_classification")).as(r.key()).isEqualTo(marking.get(0));
                assertThat(EventContracts.header(r, "ce_caveats")).as(r.key()).isEqualTo(marking.get(1));
                assertThat(EventContracts.jsonOf(r).get("classification").asText()).isEqualTo(marking.get(0));
                assertThat(EventContracts.jsonOf(r).get("caveats")).extracting(JsonNode::asText)
                        .containsExactlyElementsOf(marking.get(1).isEmpty() ? List.of() : List.of(marking.get(1)));
            }
        }
        ConsumerRecord<String, CloudEvent> rag = events.stream().filter(r -> ragKey.equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(EventContracts.jsonOf(rag).get("red").asInt()).isEqualTo(1);
        assertThat(EventContracts.jsonOf(rag).get("notReviewed").asInt()).isEqualTo(14);
        ConsumerRecord<String, CloudEvent> exercise = events.stream().filter(r -> exerciseId.equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(EventContracts.jsonOf(exercise).get("agencies").asInt()).isEqualTo(2);
        assertThat(EventContracts.jsonOf(exercise).get("openLessons").asInt()).isEqualTo(1);
        assertThat(EventContracts.jsonOf(exercise).get("classification").asText()).isEqualTo("SECRET");
    }
}
