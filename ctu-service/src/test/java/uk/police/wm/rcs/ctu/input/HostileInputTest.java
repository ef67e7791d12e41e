package uk.police.wm.rcs.ctu.input;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.stack.testing.HostileInput;

/** Issue 13 at ctu-service: every hostile variant is a 400 problem and writes nothing (the platform's input rules). */
@QuarkusTest
class HostileInputTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void protectActivityRefusesEveryHostileVariant() {
        String token = Callers.forceSystem("WMP");
        ObjectNode activity = json.createObjectNode().put("reference", "CTSA-" + UUID.randomUUID())
                .put("kind", "AWARENESS_TRAINING").put("deliveredOn", "2018-06-01").put("attendees", 42);
        HostileInput.at(Method.POST, "/api/v1/protect/activities", () -> given().auth().oauth2(token), activity)
                .text("reference").date("deliveredOn").integer("attendees")
                .assertEveryVariantRefused(HostileInput.rows(dataSource, "protect_activity"));
    }

    @Test
    void plannedEventRefusesEveryHostileVariant() {
        String token = Callers.secretOfficer();
        ObjectNode event = json.createObjectNode().put("name", "Synthetic Games " + UUID.randomUUID())
                .put("startsOn", "2022-07-28").put("endsOn", "2022-08-08").put("expectedDemand", "EXCEPTIONAL")
                .put("notes", "a tab\tis allowed");
        HostileInput.at(Method.POST, "/api/v1/protect/planned-events", () -> given().auth().oauth2(token), event)
                .text("name").text("notes").date("startsOn")
                .also("a member a planned event might be thought to have",
                        event.deepCopy().put("organiser", "x").toString(), "unknown-field", "organiser")
                .assertEveryVariantRefused(HostileInput.rows(dataSource, "planned_event"));
    }
}
