package uk.police.wm.rcs.cyber.plan;

import uk.police.wm.rcs.cyber.events.OutreachEvents;
import uk.police.wm.rcs.cyber.events.PlanEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests;
import uk.police.wm.rcs.stack.testing.EventContracts;

/** Plan, Digital PCSO and Protect events reach the real topic and match their published schemas. */
@QuarkusTest
class PlanAndOutreachEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void planAndOutreachChangesArePublishedAndMatchTheirSchemas() throws java.io.IOException {
        as(ECU).body(Map.of("commitment", "Protect the most vulnerable.", "status", "ON_TRACK")).when()
                .put("/api/v1/five-point-plan/2015-16/FOCUS").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("lead", "Synthetic Prepare lead")).when().put("/api/v1/delivery-plans/2015-16/PREPARE")
                .then().statusCode(HttpStatus.SC_CREATED);
        String action = as(ECU).body(Map.of("title", "Phishing simulation", "owner", "Information Management",
                "dueOn", "2016-03-31", "rag", "AMBER")).when().post("/api/v1/delivery-plans/2015-16/PREPARE/actions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        as(ECU).body(Map.of("reach", 107_000, "events", Map.of("BANKS", 1, "WOMEN_IN_BUSINESS", 1),
                "digitalPcsosInPost", 3)).when()
                .put("/api/v1/digital-pcso/months/2015-07").then().statusCode(HttpStatus.SC_CREATED);
        String campaign = as(ECU).body(Map.of("month", "2015-11", "theme", "Online gaming safety",
                "channel", "EVENT", "reach", 3_000)).when().post("/api/v1/protect/campaigns")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");

        List<String> keys = List.of("2015-16/FOCUS", action, "2015-07", campaign);
        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "cyber.events",
                seen -> seen.stream().map(ConsumerRecord::key).toList().containsAll(keys), Duration.ofSeconds(30));
        List<ConsumerRecord<String, CloudEvent>> ours = events.stream().filter(e -> keys.contains(e.key())).toList();

        ours.forEach(EventContracts::assertValid);
        CloudEvent month = ours.stream().filter(e -> e.key().equals("2015-07")).map(ConsumerRecord::value)
                .findFirst().orElseThrow();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(month.getData().toBytes())
                .get("digitalPcsosInPost").asInt()).isEqualTo(3);
        assertThat(ours).extracting(e -> e.value().getType()).contains(PlanEvents.CommitmentUpdated.TYPE,
                PlanEvents.ActionUpdated.TYPE, OutreachEvents.PcsoMonthReported.TYPE,
                OutreachEvents.CampaignRecorded.TYPE);
    }
}
