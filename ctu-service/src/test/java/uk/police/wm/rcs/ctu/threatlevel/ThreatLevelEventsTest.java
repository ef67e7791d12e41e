package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevelChangedEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** A threat level change reaches the real topic as a CloudEvent that matches its published schema. */
@QuarkusTest
class ThreatLevelEventsTest {

    private static final String OFFICER = TestTokens.forSubject("ctu-officer-2").person("SECRET", "ctu-officer").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aChangeIsPublishedWithThePreviousLevelAndMatchesItsSchema() {
        String first = record("MODERATE", "2016-01-01");
        String second = record("SUBSTANTIAL", "2016-02-01");

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> seen.stream().anyMatch(r -> EventContracts.dataOf(r).contains(second)), Duration.ofSeconds(30));

        ConsumerRecord<String, CloudEvent> changed = events.stream()
                .filter(r -> EventContracts.dataOf(r).contains(second)).findFirst().orElseThrow();
        EventContracts.assertValid(changed);
        assertThat(changed.key()).isEqualTo("NI_RELATED_IN_GREAT_BRITAIN");
        assertThat(changed.value().getType()).isEqualTo(ThreatLevelChangedEvent.TYPE);
        assertThat(EventContracts.jsonOf(changed).get("previousLevel").asText()).isEqualTo("MODERATE");
        assertThat(events).anySatisfy(r -> assertThat(EventContracts.dataOf(r)).contains(first));
    }

    private static String record(String level, String effectiveFrom) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("scope", "NI_RELATED_IN_GREAT_BRITAIN", "level", level, "effectiveFrom", effectiveFrom,
                        "setBy", "JTAC", "rationale", "Synthetic test rationale."))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }
}
