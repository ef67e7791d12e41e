package uk.police.wm.rcs.rocu.input;

import static io.restassured.RestAssured.given;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionFixtures;
import uk.police.wm.rcs.stack.testing.HostileInput;

/** Issue 13 at rocu-service: every hostile variant of a disruption claim is a 400 problem and writes nothing. */
@QuarkusTest
class HostileInputTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aDisruptionClaimRefusesEveryHostileVariant() {
        ObjectNode claim = json.valueToTree(DisruptionFixtures.claim(DisruptionFixtures.uniqueOcg()));
        HostileInput.at(Method.POST, "/api/v1/disruptions", () -> given().auth().oauth2(Tokens.force("WMP")), claim)
                .text("narrative").text("ocgReference").date("disruptedOn")
                // a member the claim must never carry: who informed
                .also("an informant's name", claim.deepCopy().put("informantName", "A. Person").toString(),
                        "unknown-field", "informantName")
                .assertEveryVariantRefused(HostileInput.rows(dataSource, "disruption"));
    }
}
