package uk.police.wm.rcs.ctu.prepare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.ListedIds;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.ExerciseView;
import uk.police.wm.rcs.platform.security.Force;

/** Prepare exercises over HTTP: force scoping, lessons' follow-up under If-Match, need-to-know. */
@QuarkusTest
class PrepareResourceTest {

    static final String PATH = "/api/v1/prepare/exercises";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> exercise(String heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "EX-" + UUID.randomUUID());
        body.put("type", "LIVE_PLAY");
        body.put("scenario", "MTFA");
        body.put("title", "Synthetic exercise Kestrel");
        body.put("heldOn", heldOn);
        body.put("place", "Synthetic shopping centre");
        body.put("agencies", List.of("Police", "Fire and Rescue", "Ambulance"));
        body.put("lessons", List.of(Map.of("lesson", "Synthetic lesson: radio coverage", "followUp", "OPEN")));
        return body;
    }

    static ExerciseView post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ExerciseView.class);
    }

    @Test
    void aForceSystemRecordsExercisesForItsOwnForce() {
        ExerciseView ex = post(Callers.forceSystem("WMC"), exercise("2017-11-12"));
        assertThat(ex.force()).isEqualTo(Force.WMC);
        assertThat(ex.openLessons()).isEqualTo(1);
        Map<String, Object> other = exercise("2017-11-12");
        other.put("force", "STA");
        given().auth().oauth2(Callers.forceSystem("WMC")).contentType(ContentType.JSON).body(other)
                .when().post(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Callers.forceSystem("STA")).when().get(PATH + "/" + ex.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(given().auth().oauth2(Callers.forceSystem("STA")).queryParam("limit", 500).when().get(PATH)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class))
                .doesNotContain(ex.id());
    }

    @Test
    void lessonsFollowUpIsUpdatedUnderIfMatch() {
        ExerciseView ex = post(Callers.secretOfficer(), withForce(exercise("2018-02-01"), "WMP"));
        Map<String, Object> lessons = Map.of("lessons", List.of(
                Map.of("lesson", "Synthetic lesson: radio coverage", "followUp", "COMPLETE"),
                Map.of("lesson", "Synthetic lesson: casualty clearing", "followUp", "IN_PROGRESS")));
        String url = PATH + "/" + ex.id() + "/lessons";
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(lessons)
                .when().put(url).then().statusCode(428);
        ExerciseView updated = given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ex.version() + "\"").body(lessons)
                .when().put(url).then().statusCode(HttpStatus.SC_OK).extract().as(ExerciseView.class);
        assertThat(updated.lessons()).hasSize(2);
        assertThat(updated.openLessons()).isEqualTo(1);
        assertThat(updated.version()).isGreaterThan(ex.version());
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ex.version() + "\"").body(lessons)
                .when().put(url).then().statusCode(HttpStatus.SC_PRECONDITION_FAILED);
    }

    @Test
    void aSecretExerciseIsInvisibleBelowSecret() {
        Map<String, Object> body = withForce(exercise("2018-03-01"), "WMP");
        body.put("classification", "SECRET");
        body.put("scenario", "CBRN");
        body.put("type", "TABLE_TOP");
        ExerciseView ex = post(Callers.secretOfficer(), body);
        given().auth().oauth2(Callers.officialSensitiveOfficer()).when().get(PATH + "/" + ex.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(Callers.admin()).when().get(PATH + "/" + ex.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(Callers.viewer("SECRET")).when().get(PATH + "/" + ex.id())
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void anExerciseWithACaveatIsListedAndReadOnlyByReadersHoldingIt() {
        Map<String, Object> body = withForce(exercise("2018-03-02"), "WAR");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        ListedIds.assertOnlyCaveatHoldersSee(PATH, post(Callers.secretOfficer(), body).id(), Map.of());
    }

    static Map<String, Object> withForce(Map<String, Object> body, String force) {
        body.put("force", force);
        return body;
    }
}
