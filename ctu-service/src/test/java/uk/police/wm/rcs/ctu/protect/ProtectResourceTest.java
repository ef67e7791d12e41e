package uk.police.wm.rcs.ctu.protect;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import uk.police.wm.rcs.ctu.protect.ProtectRequests.ActivityView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.PlannedEventView;
import uk.police.wm.rcs.platform.security.Force;

/** Protect over HTTP: force systems post and see their own force only, kind rules, the planned-events register. */
@QuarkusTest
class ProtectResourceTest {

    static final String PATH = "/api/v1/protect/activities";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> visit(String deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "CTSA-" + UUID.randomUUID());
        body.put("kind", "CTSA_VISIT");
        body.put("siteType", "CROWDED_PLACE");
        body.put("deliveredOn", deliveredOn);
        return body;
    }

    static ActivityView post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ActivityView.class);
    }

    static List<String> listed(String token) {
        return given().auth().oauth2(token).queryParam("limit", 500).when().get(PATH)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void aForceSystemRecordsForItsOwnForceOnlyAndSeesOnlyItsOwn() {
        ActivityView wmp = post(Callers.forceSystem("WMP"), visit("2018-05-14"));
        assertThat(wmp.force()).isEqualTo(Force.WMP);

        Map<String, Object> other = visit("2018-05-14");
        other.put("force", "WAR");
        given().auth().oauth2(Callers.forceSystem("WMP")).contentType(ContentType.JSON).body(other)
                .when().post(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        ActivityView war = post(Callers.forceSystem("WAR"), other);

        assertThat(listed(Callers.forceSystem("WMP"))).contains(wmp.id()).doesNotContain(war.id());
        given().auth().oauth2(Callers.forceSystem("WMP")).when().get(PATH + "/" + war.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(listed(Callers.secretOfficer())).contains(wmp.id(), war.id());
    }

    @Test
    void trainingCountsAttendeesAndVisitsNameASiteType() {
        Map<String, Object> training = visit("2018-06-01");
        training.put("kind", "AWARENESS_TRAINING");
        given().auth().oauth2(Callers.forceSystem("STA")).contentType(ContentType.JSON).body(training)
                .when().post(PATH).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        training.remove("siteType");
        training.put("attendees", 42);
        assertThat(post(Callers.forceSystem("STA"), training).attendees()).isEqualTo(42);

        Map<String, Object> noForce = visit("2018-06-01");
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(noForce)
                .when().post(PATH).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        noForce.put("force", "WMC");
        ActivityView byOfficer = post(Callers.secretOfficer(), noForce);
        assertThat(byOfficer.force()).isEqualTo(Force.WMC);
    }

    @Test
    void theSameActivityAgainIsTheOriginalAndOtherDetailsUnderItsReferenceAConflict() {
        Map<String, Object> activity = visit("2018-06-02");
        ActivityView original = post(Callers.forceSystem("WMP"), activity);

        ActivityView again = given().auth().oauth2(Callers.forceSystem("WMP")).contentType(ContentType.JSON)
                .body(activity).when().post(PATH).then().statusCode(HttpStatus.SC_OK).extract().as(ActivityView.class);
        assertThat(again).isEqualTo(original);

        activity.put("deliveredOn", "2018-06-03");
        given().auth().oauth2(Callers.forceSystem("WMP")).contentType(ContentType.JSON).body(activity)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/natural-key-conflict"))
                .body("detail", equalTo("Activity " + original.reference() + " was already taken in with different"
                        + " content."));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ProtectActivity.count("reference", original.reference()))).isOne();

        // the reference under another marking is another activity (the marking is part of the natural key)
        activity.put("deliveredOn", "2018-06-02");
        activity.put("classification", "OFFICIAL");
        assertThat(post(Callers.forceSystem("WMP"), activity).id()).isNotEqualTo(original.id());
    }

    @Test
    void classifiedActivityIsNeedToKnowAndViewersCannotListActivity() {
        Map<String, Object> secret = visit("2018-07-01");
        secret.put("force", "WMP");
        secret.put("classification", "SECRET");
        ActivityView view = post(Callers.secretOfficer(), secret);
        given().auth().oauth2(Callers.officialSensitiveOfficer()).when().get(PATH + "/" + view.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(listed(Callers.officialSensitiveOfficer())).doesNotContain(view.id());
        given().auth().oauth2(Callers.viewer("SECRET")).when().get(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().when().get(PATH).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void activityWithACaveatIsListedAndReadOnlyByReadersHoldingIt() {
        Map<String, Object> body = visit("2018-07-02");
        body.put("force", "WMP");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        ListedIds.assertOnlyCaveatHoldersSee(PATH, post(Callers.secretOfficer(), body).id(), Map.of());
    }

    @Test
    void plannedEventsFormARegisterViewersMayRead() {
        String name = "Synthetic Games " + UUID.randomUUID();
        PlannedEventView games = given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "startsOn", "2022-07-28", "endsOn", "2022-08-08",
                        "expectedDemand", "EXCEPTIONAL"))
                .when().post("/api/v1/protect/planned-events")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(PlannedEventView.class);
        given().auth().oauth2(Callers.viewer("OFFICIAL")).when().get("/api/v1/protect/planned-events/" + games.id())
                .then().statusCode(HttpStatus.SC_OK).body("name", equalTo(name));
        assertThat(given().auth().oauth2(Callers.viewer("OFFICIAL")).queryParam("limit", 500)
                .when().get("/api/v1/protect/planned-events").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.name", String.class)).contains(name);
        given().auth().oauth2(Callers.viewer("SECRET")).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "startsOn", "2022-07-28", "expectedDemand", "LOW"))
                .when().post("/api/v1/protect/planned-events").then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Backwards " + UUID.randomUUID(), "startsOn", "2022-07-28",
                        "endsOn", "2022-07-01", "expectedDemand", "LOW"))
                .when().post("/api/v1/protect/planned-events").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
    }
}
