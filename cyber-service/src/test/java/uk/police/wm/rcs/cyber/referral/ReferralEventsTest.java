package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMC;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.stack.testing.EventContracts;

/** Every referral event reaches the real topic as a CloudEvent keyed by the referral and valid against its schema. */
@QuarkusTest
class ReferralEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyReferralChangeIsPublishedAndMatchesItsSchema() {
        ReferralView r = Referrals.receive(body(reference(), Instant.parse("2018-12-03T09:00:00Z"), true));
        ReferralView triaged = Referrals.triage(r.id(), "ECU_INVESTIGATION", "ECU", Instant.parse("2018-12-03T15:30:00Z"));
        as(ECU).header("If-Match", "\"" + triaged.version() + "\"")
                .body(Map.of("outcome", "FORCE_CID", "receivingUnit", "FCID", "reason", "Synthetic test correction"))
                .when().post("/api/v1/referrals/" + r.id() + "/triage-correction").then().statusCode(HttpStatus.SC_OK);
        as(ECU).body(Map.of("contactedOn", "2018-12-06")).when()
                .post("/api/v1/referrals/" + r.id() + "/victim-contact").then().statusCode(HttpStatus.SC_OK);
        Map<String, Object> direct = body(reference(), Instant.parse("2018-12-04T09:00:00Z"), false);
        direct.put("source", "FORCE_DIRECT");
        direct.remove("force");
        String directId = as(FORCE_WMC).body(direct).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        as(FORCE_WMC).body(Map.of("sentOn", "2018-12-05")).when()
                .post("/api/v1/referrals/" + directId + "/sent-to-action-fraud").then().statusCode(HttpStatus.SC_OK);

        Set<String> ids = Set.of(r.id(), directId);
        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "cyber.events",
                seen -> ofReferrals(seen, ids).size() >= 6, Duration.ofSeconds(30));
        List<ConsumerRecord<String, CloudEvent>> ours = ofReferrals(events, ids);

        ours.forEach(EventContracts::assertValid);
        assertThat(ours).allSatisfy(e -> assertThat(e.value().getSubject()).isEqualTo(e.key()));
        assertThat(ours.stream().filter(e -> e.key().equals(r.id())).map(e -> e.value().getType()).toList())
                .containsExactly(ReferralEvents.Received.TYPE, ReferralEvents.Triaged.TYPE,
                        ReferralEvents.TriageCorrected.TYPE, ReferralEvents.VictimContacted.TYPE);
        assertThat(ours.stream().filter(e -> e.key().equals(directId)).map(e -> e.value().getType()).toList())
                .containsExactly(ReferralEvents.Received.TYPE, ReferralEvents.SentToActionFraud.TYPE);
        ConsumerRecord<String, CloudEvent> triagedEvent = ours.stream()
                .filter(e -> e.value().getType().equals(ReferralEvents.Triaged.TYPE)).findFirst().orElseThrow();
        assertThat(EventContracts.jsonOf(triagedEvent).get("hoursToTriage").asLong()).isEqualTo(6);
        ConsumerRecord<String, CloudEvent> contacted = ours.stream()
                .filter(e -> e.value().getType().equals(ReferralEvents.VictimContacted.TYPE)).findFirst().orElseThrow();
        // received 3 December, deadline 5 December, contacted 6 December
        assertThat(EventContracts.jsonOf(contacted).get("withinDeadline").asBoolean()).isFalse();
        assertThat(EventContracts.header(contacted, "ce_source")).isEqualTo("/west-midlands/cyber-service");
    }

    @Test
    void aReferralEventCarriesTheReferralsMarkingAsExtensionAttributesAndInItsData() {
        Map<String, Object> body = body(reference(), Instant.parse("2018-12-10T09:00:00Z"), false);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        String id = as(ReferralMarkingTest.ECU_EYES).body(body).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        as(ReferralMarkingTest.ECU_EYES).body(Map.of("outcome", "VICTIM_CARE_ONLY", "receivingUnit", "Victim care"))
                .when().post("/api/v1/referrals/" + id + "/triage").then().statusCode(HttpStatus.SC_OK);

        List<ConsumerRecord<String, CloudEvent>> ours = ofReferrals(EventContracts.readUntil(bootstrapServers,
                "cyber.events", seen -> ofReferrals(seen, Set.of(id)).size() >= 2, Duration.ofSeconds(30)), Set.of(id));
        assertThat(ours).extracting(e -> e.value().getType())
                .containsExactly(ReferralEvents.Received.TYPE, ReferralEvents.Triaged.TYPE);
        for (ConsumerRecord<String, CloudEvent> event : ours) {
            EventContracts.assertValid(event);
            assertThat(EventContracts.header(event, "ce_classification")).isEqualTo("OFFICIAL_SENSITIVE");
            assertThat(EventContracts.header(event, "ce_caveats")).isEqualTo("UK_EYES_ONLY");
            assertThat(EventContracts.jsonOf(event).get("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
            assertThat(EventContracts.jsonOf(event).get("caveats").toString()).isEqualTo("[\"UK_EYES_ONLY\"]");
        }
    }

    private static List<ConsumerRecord<String, CloudEvent>> ofReferrals(List<ConsumerRecord<String, CloudEvent>> seen,
            Set<String> ids) {
        return seen.stream().filter(e -> ids.contains(e.key())).collect(Collectors.toList());
    }
}
