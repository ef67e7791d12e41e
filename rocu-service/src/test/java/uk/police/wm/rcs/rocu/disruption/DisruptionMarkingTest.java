package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.ForceBacklog;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The one marking model end to end: nobody marks a record with a caveat they do not hold (and nothing is written
 * when they try), the events of a caveated record carry its caveats, and lists and counts leave out what a reader
 * lacks a caveat for.
 */
@QuarkusTest
class DisruptionMarkingTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aForceSystemCannotMarkADisruptionWithACaveatItDoesNotHoldAndNothingIsWritten() throws Exception {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("caveats", List.of("UK_EYES_ONLY"));
        String correlationId = "marking-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.force("WMP")).header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                .body("type", endsWith("marking-above-clearance")).body("field", equalTo("caveats"));

        String source = (String) body.get("sourceRecordId");
        assertThat(count("SELECT count(*) FROM disruption WHERE source_record_id = ?", source)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE data->>'sourceRecordId' = ?", source)).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE correlation_id = ?", correlationId)).isZero();

        // the same claim from a system that holds the caveat is taken
        assertThat(post("WMP", body).caveats()).containsExactly("UK_EYES_ONLY");
    }

    @Test
    void anAnalystCannotMapAnOcgWithACaveatItDoesNotHoldAndNothingIsWritten() throws Exception {
        String reference = "OCG-MRK-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> ocg = Map.of("reference", reference, "name", "Synthetic", "owningForce", "WAR",
                "leadResponsibleOfficer", "LRO", "predominantCrimeType", "DRUGS", "activityLevel", "LOCAL",
                "threatBand", "3A", "classification", "OFFICIAL_SENSITIVE", "caveats", List.of("NCA_ONLY"));
        String correlationId = "marking-" + UUID.randomUUID();
        // cleared to SECRET, but holding only UK_EYES_ONLY
        given().auth().oauth2(Tokens.analyst()).header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON).body(ocg).when().post("/api/v1/ocgs")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                .body("type", endsWith("marking-above-clearance")).body("field", equalTo("caveats"));

        assertThat(count("SELECT count(*) FROM ocg WHERE reference = ?", reference)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE data->>'reference' = ?", reference)).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE correlation_id = ?", correlationId)).isZero();

        String holder = TestTokens.forSubject("rocu-analyst-nca").person("SECRET", "rocu-analyst")
                .caveats("NCA_ONLY").sign();
        given().auth().oauth2(holder).contentType(ContentType.JSON).body(ocg).when().post("/api/v1/ocgs")
                .then().statusCode(HttpStatus.SC_CREATED).body("caveats", equalTo(List.of("NCA_ONLY")));
    }

    @Test
    void theClaimedEventOfACaveatedDisruptionCarriesItsCaveatsAsHeadersAndInItsData() {
        Map<String, Object> body = claim(uniqueOcg());
        body.put("caveats", List.of("UK_EYES_ONLY", "NCA_ONLY"));
        DisruptionView created = post("WAR", body);

        ConsumerRecord<String, CloudEvent> claimed = EventContracts.readUntil(bootstrapServers, "rocu.events",
                seen -> seen.stream().anyMatch(r -> created.id().equals(r.key())), Duration.ofSeconds(60))
                .stream().filter(r -> created.id().equals(r.key())).findFirst().orElseThrow();
        EventContracts.assertValid(claimed);
        assertThat(claimed.value().getType()).isEqualTo(DisruptionClaimedEvent.TYPE);
        assertThat(EventContracts.header(claimed, "ce_classification")).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(EventContracts.header(claimed, "ce_caveats")).isEqualTo("NCA_ONLY,UK_EYES_ONLY");
        JsonNode data = EventContracts.jsonOf(claimed);
        assertThat(data.get("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(data.get("caveats")).extracting(JsonNode::asText).containsExactly("NCA_ONLY", "UK_EYES_ONLY");
    }

    @Test
    void aListAndACountAsACallerLackingACaveatLeaveOutTheRecordCarryingIt() {
        String ocg = uniqueOcg();
        String moderatorWithNca = TestTokens.forSubject("moderator-nca").person("SECRET", "moderator")
                .caveats("UK_EYES_ONLY", "NCA_ONLY").sign();
        ForceBacklog lacking = backlogOf(Tokens.moderator(), "STA");
        ForceBacklog holding = backlogOf(moderatorWithNca, "STA");

        DisruptionView plain = post("STA", claim(ocg));
        Map<String, Object> caveated = claim(ocg);
        caveated.put("caveats", List.of("NCA_ONLY"));
        DisruptionView hidden = post("STA", caveated);

        // Tokens.moderator() holds UK_EYES_ONLY only
        assertThat(DisruptionResourceTest.listIds(Tokens.moderator(), "ocg", ocg)).containsExactly(plain.id());
        assertThat(backlogOf(Tokens.moderator(), "STA").claimed()).isEqualTo(lacking.claimed() + 1);
        assertThat(DisruptionResourceTest.listIds(moderatorWithNca, "ocg", ocg))
                .containsExactly(plain.id(), hidden.id());
        assertThat(backlogOf(moderatorWithNca, "STA").claimed()).isEqualTo(holding.claimed() + 2);
    }

    private static ForceBacklog backlogOf(String token, String force) {
        return List.of(given().auth().oauth2(token).when().get("/api/v1/moderation/backlog")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ForceBacklog[].class)).stream()
                .filter(b -> b.force().name().equals(force)).findFirst().orElseThrow();
    }

    private long count(String sql, String parameter) {
        return TestSql.count(dataSource, sql, parameter);
    }
}
