package uk.police.wm.rcs.rocu.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;
import static uk.police.wm.rcs.rocu.moderation.ModerationResourceTest.decide;
import static uk.police.wm.rcs.rocu.moderation.ModerationResourceTest.panel;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.events.ModerationEvents.DisruptionModerated;
import uk.police.wm.rcs.rocu.events.ModerationEvents.HighlightPublished;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestSql;

/**
 * The operational highlight event: published with the narrative, beside the moderation event, when a highlighted
 * disruption is approved or downgraded; never for one not highlighted, one rejected, or one aimed at a priority
 * individual. "Never" is read from the outbox (the only way an event reaches the topic, written in the decision's
 * transaction) as well as from the topic.
 */
@QuarkusTest
class HighlightEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private static DisruptionView highlighted(Map<String, Object> body, String narrative) {
        body.put("highlight", true);
        body.put("narrative", narrative);
        return post("WMP", body);
    }

    @Test
    void aHighlightedApprovedDisruptionPublishesItsNarrativeWithItsMarking() {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("caveats", List.of("UK_EYES_ONLY"));
        body.put("crimeType", "FIREARMS");
        DisruptionView d = highlighted(body, "Synthetic highlight: two converted pistols recovered from a lock-up.");
        decide(panel(), d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);

        List<ConsumerRecord<String, CloudEvent>> mine = eventsOf(d.id(), HighlightPublished.TYPE);
        assertThat(mine).extracting(r -> r.value().getType()).endsWith(DisruptionModerated.TYPE, HighlightPublished.TYPE);
        ConsumerRecord<String, CloudEvent> highlight = mine.get(mine.size() - 1);
        EventContracts.assertValid(highlight);
        assertThat(highlight.key()).isEqualTo(d.id());
        JsonNode data = EventContracts.jsonOf(highlight);
        assertThat(data.get("narrative").asText())
                .isEqualTo("Synthetic highlight: two converted pistols recovered from a lock-up.");
        assertThat(data.get("quarter").asText()).isEqualTo("2018-19/Q2");
        assertThat(data.get("force").asText()).isEqualTo("WMP");
        assertThat(data.get("crimeType").asText()).isEqualTo("FIREARMS");
        assertThat(data.get("leadAgency").asText()).isEqualTo("ROCU");
        assertThat(data.get("fourP").asText()).isEqualTo("PURSUE");
        assertThat(data.get("moderatedImpact").asText()).isEqualTo("MAJOR");
        assertThat(data.get("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(data.get("caveats")).extracting(JsonNode::asText).containsExactly("UK_EYES_ONLY");
        assertThat(data.get("namesPerson").asBoolean()).isFalse();
        assertThat(outboxTypesOf(d.id())).containsExactly("uk.police.wm.rocu.disruption.claimed.v1",
                DisruptionModerated.TYPE, HighlightPublished.TYPE);
    }

    @Test
    void aDowngradedHighlightIsPublishedAtItsModeratedImpact() {
        DisruptionView d = highlighted(claim(uniqueOcg()), "Synthetic highlight: one courier arrested.");
        decide(panel(), d.id(), "DOWNGRADE", "MINOR", "Synthetic: less than claimed.").statusCode(HttpStatus.SC_CREATED);
        List<ConsumerRecord<String, CloudEvent>> mine = eventsOf(d.id(), HighlightPublished.TYPE);
        assertThat(EventContracts.jsonOf(mine.get(mine.size() - 1)).get("moderatedImpact").asText()).isEqualTo("MINOR");
    }

    @Test
    void noHighlightForADisruptionNotMarkedHighlight() {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("highlight", false);
        DisruptionView d = post("WMP", body);
        decide(panel(), d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);
        assertNoHighlight(d.id());
    }

    @Test
    void noHighlightForARejectedOrReturnedDisruption() {
        String panel = panel();
        DisruptionView rejected = highlighted(claim(uniqueOcg()), "Synthetic highlight: rejected claim.");
        decide(panel, rejected.id(), "REJECT", null, "Synthetic: no link shown.").statusCode(HttpStatus.SC_CREATED);
        DisruptionView returned = highlighted(claim(uniqueOcg()), "Synthetic highlight: returned claim.");
        decide(panel, returned.id(), "RETURN_FOR_INFORMATION", null, "Synthetic: detail needed.")
                .statusCode(HttpStatus.SC_CREATED);
        assertNoHighlight(rejected.id());
        assertNoHighlight(returned.id());
    }

    @Test
    void noHighlightForADisruptionAimedAtAPriorityIndividual() {
        Map<String, Object> body = claim(null);
        body.remove("ocgReference");
        body.put("targetType", "PRIORITY_INDIVIDUAL");
        body.put("priorityIndividualRef", "PI-SYN-0777");
        DisruptionView d = highlighted(body, "Synthetic highlight: about a priority individual.");
        decide(panel(), d.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);
        assertNoHighlight(d.id());
    }

    /** The moderation event is on the topic and neither the topic nor the outbox holds a highlight for the id. */
    private void assertNoHighlight(String id) {
        List<ConsumerRecord<String, CloudEvent>> mine = eventsOf(id, DisruptionModerated.TYPE);
        assertThat(mine).extracting(r -> r.value().getType()).doesNotContain(HighlightPublished.TYPE);
        assertThat(mine).allSatisfy(r -> assertThat(EventContracts.dataOf(r)).doesNotContain("Synthetic highlight"));
        assertThat(outboxTypesOf(id)).contains(DisruptionModerated.TYPE).doesNotContain(HighlightPublished.TYPE);
    }

    /** The events of one disruption on the topic, read until one of {@code type} is there. */
    private List<ConsumerRecord<String, CloudEvent>> eventsOf(String id, String type) {
        return EventContracts.readUntil(bootstrapServers, "rocu.events",
                        seen -> seen.stream().anyMatch(r -> id.equals(r.key()) && type.equals(r.value().getType())),
                        Duration.ofSeconds(60))
                .stream().filter(r -> id.equals(r.key())).toList();
    }

    /** Every event the service wrote for this aggregate, in order (published or not). */
    private List<String> outboxTypesOf(String id) {
        return TestSql.strings(dataSource, "SELECT type FROM outbox_event WHERE aggregate_id = ? ORDER BY seq", id);
    }
}
