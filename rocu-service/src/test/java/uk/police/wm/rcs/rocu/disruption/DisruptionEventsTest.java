package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.events.DisruptionAmendedEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

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
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/** Disruption events reach the real topic as CloudEvents matching their schemas, also after a Kafka outage. */
@QuarkusTest
class DisruptionEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void claimedAndAmendedArePublishedWithCloudEventsHeadersAndMatchTheirSchemas() {
        Map<String, Object> body = claim(uniqueOcg());
        DisruptionView created = post("WMC", body);
        body.put("claimedImpact", "MINOR");
        given().auth().oauth2(Tokens.force("WMC")).header("If-Match", "\"" + created.version() + "\"")
                .contentType(ContentType.JSON).body(body).when().put("/api/v1/disruptions/" + created.id())
                .then().statusCode(HttpStatus.SC_OK);

        List<ConsumerRecord<String, CloudEvent>> mine = eventsOf(created.id(), 2);
        assertThat(mine).extracting(r -> r.value().getType())
                .containsExactly(DisruptionClaimedEvent.TYPE, DisruptionAmendedEvent.TYPE);
        mine.forEach(EventContracts::assertValid);
        assertThat(mine).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(created.id());
            assertThat(EventContracts.header(r, "ce_source")).isEqualTo("/west-midlands/rocu-service");
            assertThat(EventContracts.dataOf(r)).doesNotContain("Synthetic: supply line");
        });
        assertThat(EventContracts.jsonOf(mine.get(1)).get("claimedImpact").asText()).isEqualTo("MINOR");
    }

    @Test
    void noEventIsLostWhileKafkaIsDown() {
        PostgresKafkaTestResource.kafka().stop();
        DisruptionView during;
        try {
            during = post("WAR", claim(uniqueOcg()));
        } finally {
            PostgresKafkaTestResource.kafka().start();
        }
        List<ConsumerRecord<String, CloudEvent>> mine = eventsOf(during.id(), 1);
        assertThat(mine.get(0).value().getType()).isEqualTo(DisruptionClaimedEvent.TYPE);
        EventContracts.assertValid(mine.get(0));
    }

    private List<ConsumerRecord<String, CloudEvent>> eventsOf(String id, int count) {
        return EventContracts.readUntil(bootstrapServers, "rocu.events",
                seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= count, Duration.ofSeconds(60))
                .stream().filter(r -> id.equals(r.key())).toList();
    }
}
