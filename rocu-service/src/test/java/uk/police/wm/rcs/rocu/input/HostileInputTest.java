package uk.police.wm.rcs.rocu.input;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionFixtures;

/** Issue 13 at rocu-service: every hostile variant of a disruption claim is a 400 problem and writes nothing. */
@QuarkusTest
class HostileInputTest {

    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDisruptionClaimRefusesEveryHostileVariant() throws Exception {
        long before = rows("disruption");
        String claim = json.writeValueAsString(DisruptionFixtures.claim("OCG-HOSTILE"));
        String narrative = (String) json.readValue(claim, Map.class).get("narrative");
        refused(claim.replace(narrative, narrative + "\\u0000"));
        refused(claim.replace("2018-08-14", "-9999-01-01"));
        refused(claim.replace("2018-08-14", "+99999-01-01"));
        refused(claim.replace("\"narrative\"", "\"narrative\":\"first\",\"narrative\""));
        refused(claim.replace("\"narrative\"", "\"extra\":" + DEEP + ",\"narrative\""));
        // issue 13, the rest: bidirectional formatting and C1 controls, a member the claim does not have, a
        // 100,000-character string, a number for a string, a string for a date's year
        refused(claim.replace(narrative, narrative + "\u202e"));
        refused(claim.replace(narrative, narrative + "\\u2067"));
        refused(claim.replace(narrative, narrative + "\\u0085"));
        refused(claim.replace("\"narrative\"", "\"informantName\":\"A. Person\",\"narrative\""));
        refused(claim.replace(narrative, "x".repeat(100_000)));
        refused(claim.replace("\"OCG-HOSTILE\"", "12345"));
        assertThat(rows("disruption")).isEqualTo(before);
    }

    private static void refused(String body) {
        ValidatableResponse response = given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/disruptions").then();
        response.statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        assertThat(response.extract().jsonPath().getString("type")).startsWith("https://rcs.wm.police.uk/problems/");
    }

    private long rows(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
