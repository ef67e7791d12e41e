package uk.police.wm.rcs.ctu.input;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.ctu.Callers;

/** Issue 13 at ctu-service: every hostile variant is a 400 problem and writes nothing (the platform's input rules). */
@QuarkusTest
class HostileInputTest {

    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void protectActivityRefusesEveryHostileVariant() throws SQLException {
        String path = "/api/v1/protect/activities";
        long before = rows("protect_activity");
        String ref = "CTSA-" + UUID.randomUUID();
        String token = Callers.forceSystem("WMP");
        refused(token, path, activity("\"" + ref + "\\u0000\"", "\"2018-06-01\"", "42", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"-9999-01-01\"", "42", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"+99999-01-01\"", "42", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"2018-06-01\"", "2.5", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"2018-06-01\"", "42",
                ", \"reference\": \"" + ref + "-2\""));
        refused(token, path, activity("\"" + ref + "\"", "\"2018-06-01\"", "42", ", \"x\": " + DEEP));
        // issue 13, the rest: bidi override, a member the request does not have, a 100,000-character string, a
        // number for a string, a string for a number
        refused(token, path, activity("\"" + ref + "\u202e\"", "\"2018-06-01\"", "42", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"2018-06-01\"", "42", ", \"colour\": \"red\""));
        refused(token, path, activity("\"" + "R".repeat(100_000) + "\"", "\"2018-06-01\"", "42", ""));
        refused(token, path, activity("12345", "\"2018-06-01\"", "42", ""));
        refused(token, path, activity("\"" + ref + "\"", "\"2018-06-01\"", "\"42\"", ""));
        assertThat(rows("protect_activity")).isEqualTo(before);
    }

    @Test
    void plannedEventRefusesEveryHostileVariant() throws SQLException {
        String path = "/api/v1/protect/planned-events";
        long before = rows("planned_event");
        String name = "Synthetic Games " + UUID.randomUUID();
        String token = Callers.secretOfficer();
        refused(token, path, event("\"" + name + "\\u0000\"", "\"2022-07-28\"", "\"free text\""));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "\"tab\\tok but not NUL \\u0000\""));
        refused(token, path, event("\"" + name + "\"", "\"-9999-01-01\"", "null"));
        refused(token, path, event("\"" + name + "\"", "\"+99999-01-01\"", "null"));
        refused(token, path, event("\"" + name + "\", \"name\": \"again\"", "\"2022-07-28\"", "null"));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "null, \"x\": " + DEEP));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "\"rlo \\u202e isolate \\u2066\""));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "\"" + "n".repeat(100_000) + "\""));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "12345"));
        refused(token, path, event("\"" + name + "\"", "\"2022-07-28\"", "null, \"organiser\": \"x\""));
        assertThat(rows("planned_event")).isEqualTo(before);
    }

    private static String activity(String reference, String deliveredOn, String attendees, String more) {
        return "{\"reference\": " + reference + ", \"kind\": \"AWARENESS_TRAINING\", \"deliveredOn\": " + deliveredOn
                + ", \"attendees\": " + attendees + more + "}";
    }

    private static String event(String name, String startsOn, String notes) {
        return "{\"name\": " + name + ", \"startsOn\": " + startsOn + ", \"endsOn\": \"2022-08-08\","
                + " \"expectedDemand\": \"EXCEPTIONAL\", \"notes\": " + notes + "}";
    }

    private static void refused(String token, String path, String body) {
        ValidatableResponse response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
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
