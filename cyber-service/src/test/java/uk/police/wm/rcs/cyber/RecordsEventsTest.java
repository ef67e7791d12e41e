package uk.police.wm.rcs.cyber;

import uk.police.wm.rcs.cyber.events.ForensicsEvents;
import uk.police.wm.rcs.cyber.events.OutreachEvents;
import uk.police.wm.rcs.cyber.events.PrepareEvents;
import uk.police.wm.rcs.cyber.events.PreventEvents;
import uk.police.wm.rcs.cyber.events.TrainingEvents;
import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.forensics.ForensicsResource;
import uk.police.wm.rcs.cyber.events.FundingEvents;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests;
import uk.police.wm.rcs.cyber.prepare.PrepareService;
import uk.police.wm.rcs.cyber.prevent.PreventRequests;
import uk.police.wm.rcs.cyber.training.TrainingService;
import uk.police.wm.rcs.stack.testing.EventContracts;

/**
 * Forensics, Prepare, funding, training, Cyber Essentials, outreach event and Prevent changes reach the real topic as
 * CloudEvents keyed by their aggregate and match their published schemas.
 */
@QuarkusTest
class RecordsEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String created(ValidatableResponse response) {
        return response.statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    @Test
    void everyRecordChangeIsPublishedAndMatchesItsSchema() {
        as(ECU).body(Map.of("kioskExaminations", 12, "centralSubmissions", 30)).when()
                .put("/api/v1/digital-forensics/months/2010-05").then().statusCode(HttpStatus.SC_CREATED);
        String exercise = created(as(ECU).body(Map.of("name", "Synthetic table-top", "heldOn", "2010-06-01",
                "kind", "TABLE_TOP")).when().post("/api/v1/prepare/exercises").then());
        String simulation = created(as(ECU).body(Map.of("name", "Synthetic phishing 2010", "sentOn", "2010-06-02",
                "sent", 100, "clicked", 7, "reported", 40)).when().post("/api/v1/prepare/phishing-simulations").then());
        as(ECU).body(Map.of("name", "National Cyber Security Programme", "matchFunded", false, "amount", new BigDecimal("75000.00"),
                "eligibleSpend", "Equipment, software, training")).when().put("/api/v1/funding/programmes/NCSP")
                .then().statusCode(HttpStatus.SC_CREATED);
        ValidatableResponse bidResponse = as(ECU).body(Map.of("board", "Synthetic board", "purpose", "Kiosk licences",
                "amount", new BigDecimal("1500.50"), "submittedOn", "2010-06-03")).when().post("/api/v1/funding/bids").then();
        String bid = created(bidResponse);
        long bidVersion = bidResponse.extract().jsonPath().getLong("version");
        as(ECU).header("If-Match", "\"" + bidVersion + "\"").body(Map.of("status", "APPROVED", "decisionOn",
                "2010-07-01")).when().put("/api/v1/funding/bids/" + bid + "/decision").then()
                .statusCode(HttpStatus.SC_OK);
        String session = created(as(ECU).body(Map.of("deliveredOn", "2010-06-04", "audience", "STAFF",
                "course", "Synthetic awareness", "attendees", 12)).when().post("/api/v1/training/sessions").then());
        as(ECU).body(Map.of("smesEngaged", 14, "certifications", 2)).when()
                .put("/api/v1/protect/cyber-essentials/months/2010-06").then().statusCode(HttpStatus.SC_CREATED);
        String event = created(as(ECU).body(Map.of("heldOn", "2010-06-05", "name", "Synthetic gaming event",
                "kind", "EVENT", "strand", "PREVENT", "audience", "YOUNG_PEOPLE", "attendees", 300)).when()
                .post("/api/v1/outreach/events").then());
        String intervention = created(as(ECU).body(Map.of("intervenedOn", "2010-06-06", "referralSource", "EDUCATION",
                "interventionType", "WORKSHOP", "outcome", "ENGAGED")).when().post("/api/v1/prevent/interventions").then());

        List<String> keys = List.of("2010-05", exercise, simulation, "NCSP", bid, session, "2010-06", event,
                intervention);
        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "cyber.events",
                seen -> seen.stream().filter(r -> bid.equals(r.key())).count() == 2
                        && seen.stream().map(ConsumerRecord::key).toList().containsAll(keys), Duration.ofSeconds(30));
        List<ConsumerRecord<String, CloudEvent>> ours = events.stream().filter(e -> keys.contains(e.key())).toList();

        ours.forEach(EventContracts::assertValid);
        ours.forEach(e -> assertThat(e.value().getSubject()).isEqualTo(e.key()));
        assertThat(ours).extracting(e -> e.value().getType()).contains(ForensicsEvents.MonthReported.TYPE,
                PrepareEvents.ExerciseRecorded.TYPE, PrepareEvents.SimulationRecorded.TYPE,
                FundingEvents.ProgrammeUpdated.TYPE, FundingEvents.BidSubmitted.TYPE, FundingEvents.BidDecided.TYPE,
                TrainingEvents.SessionRecorded.TYPE, OutreachEvents.CyberEssentialsMonthReported.TYPE,
                OutreachEvents.OutreachEventRecorded.TYPE, PreventEvents.InterventionRecorded.TYPE);
        assertThat(ours.stream().filter(e -> e.value().getType().equals(FundingEvents.BidDecided.TYPE))
                .map(e -> EventContracts.jsonOf(e).get("status").asText())).containsExactly("APPROVED");
    }
}
