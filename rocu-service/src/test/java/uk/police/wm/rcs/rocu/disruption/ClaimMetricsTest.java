package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;

/** Each claim moves rcs_records_received_total for its force and outcome, and no other. */
@QuarkusTest
class ClaimMetricsTest {

    @Test
    void createdReplayedConflictAndRefusedClaimsAreCountedByForce() {
        Map<String, Object> body = claim(uniqueOcg());
        double created = claims("WMP", "created");
        double replayed = claims("WMP", "replayed");
        double conflict = claims("WMP", "conflict");
        double refused = claims("STA", "refused");
        double otherForce = claims("WAR", "created");

        post("WMP", body);
        assertThat(claims("WMP", "created")).isEqualTo(created + 1);
        assertThat(claims("WMP", "replayed")).isEqualTo(replayed);

        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK);
        assertThat(claims("WMP", "replayed")).isEqualTo(replayed + 1);

        body.put("narrative", "Synthetic: a different account of the same record.");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disruptions").then().statusCode(HttpStatus.SC_CONFLICT);
        assertThat(claims("WMP", "conflict")).isEqualTo(conflict + 1);

        // a force system naming another force is refused, and counted under the force it named
        Map<String, Object> elsewhere = claim(uniqueOcg());
        elsewhere.put("force", "STA");
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(elsewhere)
                .when().post("/api/v1/disruptions").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(claims("STA", "refused")).isEqualTo(refused + 1);
        assertThat(claims("WMP", "created")).isEqualTo(created + 1);
        assertThat(claims("WAR", "created")).isEqualTo(otherForce);
    }

    private static double claims(String force, String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
        return ExposedMetrics.value(metrics, "rcs_records_received_total", "record_type=\"disruption\"",
                "force=\"" + force + "\"", "outcome=\"" + outcome + "\"");
    }
}
