package uk.police.wm.rcs.cyber.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.police.wm.rcs.cyber.referral.Referrals.AUDITOR;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.WHY;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.cyber.referral.Referrals;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The MoPI review of referrals over HTTP: the queue at the reader's clearance, and a disposal that erases the
 * victim's details, is logged, publishes nothing about the victim, and leaves the quarterly summary as it was.
 */
@QuarkusTest
class ReviewResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String reviewer(String clearance) {
        return TestTokens.forSubject("records-reviewer-" + clearance.toLowerCase())
                .person(clearance, "records-reviewer").sign();
    }

    static List<String> due(String token) {
        return given().auth().oauth2(token).header("X-Justification", WHY).queryParam("limit", 500)
                .when().get("/api/v1/reviews/due").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items.recordId", String.class);
    }

    static ReferralView read(String id) {
        return given().auth().oauth2(ECU).header("X-Justification", WHY).when().get("/api/v1/referrals/" + id)
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
    }

    @Test
    void aDisposedReferralLosesTheVictimsDetailsKeepsItsFiguresAndIsLogged() {
        String reference = Referrals.reference();
        ReferralView r = Referrals.receive(Referrals.body(reference, Instant.parse("2013-07-02T10:00:00Z"), true));
        Map<String, Object> secretBody = Referrals.body(Referrals.reference(), Instant.parse("2013-07-03T10:00:00Z"),
                false);
        secretBody.put("classification", "SECRET");
        ReferralView secret = given().auth().oauth2(TestTokens.forSubject("ecu-secret")
                        .person("SECRET", "cyber-officer").sign()).contentType(ContentType.JSON).body(secretBody)
                .when().post("/api/v1/referrals").then().statusCode(HttpStatus.SC_CREATED).extract()
                .as(ReferralView.class);

        assertThat(due(reviewer("SECRET"))).contains(r.id(), secret.id());
        assertThat(due(reviewer("OFFICIAL_SENSITIVE"))).contains(r.id()).doesNotContain(secret.id());
        given().auth().oauth2(ECU).header("X-Justification", WHY).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");

        String summaryBefore = summary();
        given().auth().oauth2(reviewer("OFFICIAL_SENSITIVE")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + r.version() + "\"")
                .body(Map.of("decision", "DISPOSE", "reason", "Synthetic: review period passed"))
                .when().post("/api/v1/reviews/" + r.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_OK).body("decision", equalTo("DISPOSE"));

        ReferralView after = read(r.id());
        assertThat(after.actionFraudReference()).isNotEqualTo(reference);
        assertThat(after.vulnerability()).isNull();
        assertThat(after.vulnerableVictim()).isTrue();
        assertThat(summary()).isEqualTo(summaryBefore);
        given().auth().oauth2(ECU).header("X-Justification", WHY).when().get("/api/v1/referrals/" + reference)
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(given().auth().oauth2(AUDITOR).queryParam("operation", "ERASURE").queryParam("recordId", r.id())
                .when().get("/api/v1/audit").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items.recordType", String.class)).containsExactly("referral");

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "cyber.events",
                seen -> seen.stream().anyMatch(e -> r.id().equals(e.key())
                        && "uk.police.wm.cyber.record.disposed.v1".equals(e.value().getType())),
                Duration.ofSeconds(30));
        for (ConsumerRecord<String, CloudEvent> e : events) {
            if (r.id().equals(e.key())) {
                EventContracts.assertValid(e);
                // not even the events published before the disposal carry the Action Fraud reference
                assertThat(EventContracts.dataOf(e)).doesNotContain(reference);
            }
        }
    }

    private static String summary() {
        return given().auth().oauth2(ECU).when().get("/api/v1/summary/2013-14/Q2")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
    }
}
