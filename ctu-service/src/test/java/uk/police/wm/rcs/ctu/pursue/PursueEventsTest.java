package uk.police.wm.rcs.ctu.pursue;

import uk.police.wm.rcs.ctu.events.PursueEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.stack.testing.EventContracts;

/** What the gateway hears of Pursue, read back from the real topic: counts and categories, never narrative. */
@QuarkusTest
class PursueEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theEventForASecretOperationCarriesNoNarrative() {
        var body = PursueResourceTest.operation("Op Synthetic Juniper", "2016-11-20");
        body.put("summary", "Synthetic narrative juniper-berry never to leave");
        OperationView op = PursueResourceTest.record(Callers.secretOfficer(), body);

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> seen.stream().anyMatch(r -> op.id().equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, CloudEvent> event = events.stream().filter(r -> op.id().equals(r.key()))
                .findFirst().orElseThrow();
        EventContracts.assertValid(event);
        assertThat(event.value().getType()).isEqualTo(PursueEvents.OperationChanged.TYPE);
        assertThat(EventContracts.jsonOf(event).get("classification").asText()).isEqualTo("SECRET");
        assertThat(EventContracts.jsonOf(event).get("subjectsOfInterest").asInt()).isEqualTo(3);
        assertThat(EventContracts.jsonOf(event).get("quarter").asText()).isEqualTo("2016-17/Q3");
        assertThat(EventContracts.dataOf(event)).doesNotContain("Juniper", "juniper-berry", "2016-11-20");
    }

    @Test
    void anOperationsCaveatTravelsWithItsEventInTheHeadersAndTheData() {
        var body = PursueResourceTest.operation("Op Synthetic Caveated Rowan", "2016-12-02");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        OperationView op = PursueResourceTest.record(Callers.secretOfficer(), body);

        ConsumerRecord<String, CloudEvent> event = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> seen.stream().anyMatch(r -> op.id().equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> op.id().equals(r.key())).findFirst().orElseThrow();
        EventContracts.assertValid(event);
        assertThat(EventContracts.header(event, "ce_classification")).isEqualTo("SECRET");
        assertThat(EventContracts.header(event, "ce_caveats")).isEqualTo("UK_EYES_ONLY");
        assertThat(EventContracts.jsonOf(event).get("classification").asText()).isEqualTo("SECRET");
        assertThat(EventContracts.jsonOf(event).get("caveats")).extracting(JsonNode::asText)
                .containsExactly("UK_EYES_ONLY");
    }

    @Test
    void restrictedOperationsLeaveOnlyAsACountOnceItReachesFive() {
        List<String> restricted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var body = PursueResourceTest.operation("Op Synthetic Restricted " + i, "2009-04-1" + i);
            body.put("reportingRestricted", true);
            if (i == 2) {
                // the count is derived from every operation it counts, so it carries this one's caveat too
                body.put("caveats", List.of("UK_EYES_ONLY"));
            }
            restricted.add(PursueResourceTest.record(Callers.secretOfficer(), body).id());
        }
        OperationView later = PursueResourceTest.record(Callers.secretOfficer(),
                PursueResourceTest.operation("Op Synthetic Later", "2009-05-01"));
        String url = PursueResourceTest.PATH + "/" + later.id();
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + later.version() + "\"")
                .body(Map.of("status", "ACTIVE", "stage", "EARLY", "subjectsOfInterest", 1,
                        "reportingRestricted", true))
                .when().put(url).then().statusCode(HttpStatus.SC_OK);

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> seen.stream().anyMatch(r -> later.id().equals(r.key())
                        && PursueEvents.OperationWithdrawn.TYPE.equals(r.value().getType())),
                Duration.ofSeconds(30));

        List<ConsumerRecord<String, CloudEvent>> counts = events.stream()
                .filter(r -> "2009-10/Q1".equals(r.key())).toList();
        assertThat(counts).isNotEmpty().allSatisfy(r -> {
            EventContracts.assertValid(r);
            assertThat(r.value().getType()).isEqualTo(PursueEvents.RestrictedCounted.TYPE);
            // never a count under the threshold: the first one published is 5
            assertThat(EventContracts.jsonOf(r).get("operations").asLong()).isGreaterThanOrEqualTo(5);
            assertThat(EventContracts.header(r, "ce_classification")).isEqualTo("SECRET");
            assertThat(EventContracts.header(r, "ce_caveats")).isEqualTo("UK_EYES_ONLY");
        });
        assertThat(EventContracts.jsonOf(counts.get(0)).get("operations").asLong()).isEqualTo(5);
        assertThat(events).noneSatisfy(r -> assertThat(restricted).anyMatch(EventContracts.dataOf(r)::contains));
        assertThat(events).noneSatisfy(r -> assertThat(EventContracts.dataOf(r)).contains("Restricted"));
        events.stream().filter(r -> later.id().equals(r.key())).forEach(EventContracts::assertValid);
    }
}
