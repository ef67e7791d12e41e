package uk.police.wm.rcs.rocu.ocg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgView;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * A partner region reads the decision on a notice it sent, and only on its own: another region's notice is a 404
 * like a missing one. The decision is an event naming the sending region and the outcome, never the reason.
 */
@QuarkusTest
class CrossBorderNoticeDecisionTest {

    private static final String OTHER_PARTNER = TestTokens.forSubject("service-account-region-partner-nw")
            .person("OFFICIAL", "region-partner", "machine").claim("azp", "region-partner-nw").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSendingPartnerReadsTheDecisionAndNobodyElseDoes() {
        OcgView o = OcgResourceTest.map(OcgResourceTest.ocg("DRUGS", "1A"));
        String reason = "Synthetic reason " + UUID.randomUUID() + ": matches our intelligence picture.";
        String id = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("ocgReference", o.reference(), "partnerReference", "EM-D-" + o.id(),
                        "summary", "Synthetic: vehicles linked to this group seen in the partner region."))
                .when().post("/api/v1/cross-border-notices").then().statusCode(HttpStatus.SC_ACCEPTED)
                .extract().path("id");
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/cross-border-notices/" + id)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("PENDING"));

        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED", "reason", reason))
                .when().post("/api/v1/cross-border-notices/" + id + "/decision").then().statusCode(HttpStatus.SC_OK);

        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/cross-border-notices/" + id)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACCEPTED"))
                .body("decisionReason", equalTo(reason)).body("partnerClient", equalTo("region-partner-em"));
        given().auth().oauth2(OTHER_PARTNER).when().get("/api/v1/cross-border-notices/" + id)
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json")
                .body("type", equalTo("https://rcs.wm.police.uk/problems/not-found"));
        given().auth().oauth2(OTHER_PARTNER).when().get("/api/v1/cross-border-notices/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/cross-border-notices/" + id)
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "rocu.events",
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, CloudEvent> decided = events.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow();
        EventContracts.assertValid(decided);
        assertThat(decided.value().getType()).isEqualTo("uk.police.wm.rocu.cross-border-notice.decided.v1");
        assertThat(EventContracts.header(decided, "ce_classification")).isEqualTo("OFFICIAL");
        JsonPath data = JsonPath.from(EventContracts.dataOf(decided));
        assertThat(data.getString("partnerRegion")).isEqualTo("region-partner-em");
        assertThat(data.getString("decision")).isEqualTo("ACCEPTED");
        assertThat(EventContracts.dataOf(decided)).doesNotContain(reason).doesNotContain(o.reference())
                .doesNotContain(o.id());
    }
}
