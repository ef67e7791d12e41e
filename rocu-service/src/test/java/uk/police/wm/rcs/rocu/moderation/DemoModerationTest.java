package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.ModerationEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.stack.RepoLayout;
import uk.police.wm.rcs.stack.testing.EventContracts;

/**
 * The local stack's ROCU demo files replay against the service as the demo loader sends them (same identities,
 * same Idempotency-Key): every disruption is posted, the panels decide most of them by (force, sourceRecordId),
 * and a second replay changes nothing; the highlighted ones they approve or downgrade publish their highlights, so
 * the first run's 2018/19 board pack has operational highlights.
 */
@QuarkusTest
class DemoModerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODERATOR = Tokens.demoModerator();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theDemoPanelsApproveAndDowngradeMostDemoDisruptionsAndAReplayChangesNothing() throws Exception {
        Path demo = RepoLayout.locate().demoDataDirectory();
        Map<Integer, Integer> statuses = new HashMap<>();
        Map<String, Integer> outcomes = new HashMap<>();
        replay(demo.resolve("21-rocu-disruptions.json"), statuses, outcomes);
        assertThat(statuses).containsOnlyKeys(201);
        int disruptions = statuses.get(201);
        statuses.clear();
        outcomes.clear();
        replay(demo.resolve("24-rocu-moderation.json"), statuses, outcomes);
        assertThat(statuses).containsOnlyKeys(201);
        int counted = outcomes.getOrDefault("APPROVED", 0) + outcomes.getOrDefault("DOWNGRADED", 0);
        assertThat(outcomes.get("DOWNGRADED")).isPositive();
        assertThat(counted).isGreaterThanOrEqualTo(disruptions * 3 / 4).isLessThan(disruptions);

        statuses.clear();
        replay(demo.resolve("24-rocu-moderation.json"), statuses, new HashMap<>());
        assertThat(statuses.keySet()).allMatch(status -> status == 201 || status == 409);

        // DEMO-WAR-00018 (highlight, May 2018) is downgraded by the 2018-06-07 panel
        EventContracts.readUntil(bootstrapServers, "rocu.events", seen -> seen.stream().anyMatch(r ->
                ModerationEvents.HighlightPublished.TYPE.equals(r.value().getType())
                        && "2018-19/Q1".equals(EventContracts.jsonOf(r).path("quarter").asText())
                        && EventContracts.jsonOf(r).path("narrative").asText().contains("demo record 18")),
                Duration.ofSeconds(60));
    }

    /** Sends every request of a demo file, counting the statuses answered and the decisions' resulting statuses. */
    private static void replay(Path file, Map<Integer, Integer> statuses, Map<String, Integer> outcomes)
            throws Exception {
        JsonNode requests = JSON.readTree(file.toFile());
        String name = file.getFileName().toString().replace(".json", "");
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            var answer = given().auth().oauth2(token(request.path("as").asText()))
                    .header("Idempotency-Key", "demo-" + name + "-" + i).contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(request.path("body")))
                    .when().post(request.path("path").asText()).then().extract();
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 201 && request.path("path").asText().endsWith("/decisions")) {
                outcomes.merge(answer.jsonPath().getString("toStatus"), 1, Integer::sum);
            }
        }
    }

    private static String token(String as) {
        if (as.startsWith("client:force-")) {
            return Tokens.force(as.substring("client:force-".length()).toUpperCase());
        }
        assertThat(as).isEqualTo("rocu.moderator");
        return MODERATOR;
    }
}
