package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;

/** A force reads the panel's decisions on its own disruptions with the reasons; never another force's. */
@QuarkusTest
class ForceDecisionsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theForceReadsTheDecisionWithItsReasonAndAnotherForceGetsNotFound() {
        DisruptionView d = post("WAR", claim(uniqueOcg()));
        String reason = "Synthetic: the impact was local, not regional.";
        ModerationResourceTest.decide(ModerationResourceTest.panel(), d.id(), "DOWNGRADE", "MODERATE", reason)
                .statusCode(HttpStatus.SC_CREATED);

        List<ForceDecisionView> decisions = List.of(given().auth().oauth2(Tokens.force("WAR"))
                .when().get("/api/v1/disruptions/" + d.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ForceDecisionView[].class));
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.decision()).isEqualTo(Decision.DOWNGRADE);
            assertThat(decision.reason()).isEqualTo(reason);
            assertThat(decision.claimedImpact()).hasToString("MAJOR");
            assertThat(decision.moderatedImpact()).hasToString("MODERATE");
            assertThat(decision.status()).hasToString("DOWNGRADED");
            assertThat(decision.panelHeldOn()).hasToString("2018-09-05");
            assertThat(decision.sourceRecordId()).isEqualTo(d.sourceRecordId());
        });

        given().auth().oauth2(Tokens.force("WMP")).when().get("/api/v1/disruptions/" + d.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/disruptions/" + d.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
    }

    @Test
    void aRecordTheForceSystemIsNotClearedForIsNeitherReadNorSentByWebhook() {
        Map<String, Object> marked = claim(uniqueOcg());
        marked.put("caveats", List.of("UK_EYES_ONLY"));
        DisruptionView caveated = post("WAR", marked);
        DisruptionView plain = post("WAR", claim(uniqueOcg()));
        // a webhook of a WAR client without the caveat; nobody listens there, the log is what counts
        String hook = given().auth().oauth2(Tokens.force("WAR")).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks")).when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        try {
            String panel = ModerationResourceTest.panel();
            ModerationResourceTest.decide(panel, caveated.id(), "REJECT", null, "Synthetic: not shown.")
                    .statusCode(HttpStatus.SC_CREATED);
            ModerationResourceTest.decide(panel, plain.id(), "APPROVE", null, null).statusCode(HttpStatus.SC_CREATED);

            given().auth().oauth2(Tokens.force("WAR")).when().get("/api/v1/disruptions/" + caveated.id() + "/decisions")
                    .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
            given().auth().oauth2(Tokens.force("WAR", "UK_EYES_ONLY")).when()
                    .get("/api/v1/disruptions/" + caveated.id() + "/decisions").then().statusCode(HttpStatus.SC_OK);
            // the plain record's decision is queued for the webhook; the caveated one's never was
            await().atMost(Duration.ofSeconds(10)).until(() -> !log(hook).isEmpty());
            assertThat(log(hook)).singleElement()
                    .satisfies(e -> assertThat(e).containsEntry("eventType", ForceDecisionView.EVENT_TYPE));
        } finally {
            given().auth().oauth2(Tokens.force("WAR")).when().delete("/api/v1/webhooks/" + hook)
                    .then().statusCode(HttpStatus.SC_NO_CONTENT);
        }
    }

    private static List<Map<String, Object>> log(String hook) {
        return given().auth().oauth2(Tokens.force("WAR")).when().get("/api/v1/webhooks/" + hook + "/deliveries")
                .then().statusCode(HttpStatus.SC_OK).extract().path("items");
    }
}
