package uk.police.wm.rcs.ctu.pursue;

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
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;

/** Pursue over HTTP against real PostgreSQL: need-to-know (404 not 403), no bypass for admins, rules, If-Match. */
@QuarkusTest
public class PursueResourceTest {

    public static final String PATH = "/api/v1/pursue/operations";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    public static Map<String, Object> operation(String name, String openedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("operationName", name);
        body.put("motivation", "EXTREME_RIGHT_WING");
        body.put("status", "ACTIVE");
        body.put("stage", "EARLY");
        body.put("openedOn", openedOn);
        body.put("subjectsOfInterest", 3);
        body.put("summary", "Synthetic narrative for " + name);
        return body;
    }

    public static OperationView record(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(OperationView.class);
    }

    static List<String> visibleIds(String token) {
        return ListedIds.of(token, PATH);
    }

    @Test
    void aSecretOperationIsInvisibleToAnOfficialSensitiveOfficerNotForbidden() {
        OperationView secret = record(Callers.secretOfficer(), operation("Op Synthetic Alder", "2017-05-10"));
        assertThat(secret.classification().name()).isEqualTo("SECRET");

        String missing = given().auth().oauth2(Callers.officialSensitiveOfficer())
                .when().get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).extract().path("detail");
        given().auth().oauth2(Callers.officialSensitiveOfficer())
                .when().get(PATH + "/" + secret.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json")
                .body("detail", equalTo(missing));

        assertThat(visibleIds(Callers.officialSensitiveOfficer())).doesNotContain(secret.id());
        assertThat(visibleIds(Callers.secretOfficer())).contains(secret.id());
        given().auth().oauth2(Callers.secretOfficer()).when().get(PATH + "/" + secret.id())
                .then().statusCode(HttpStatus.SC_OK).body("operationName", equalTo("Op Synthetic Alder"));
    }

    @Test
    void noRoleBypassesClearanceAdministratorsIncluded() {
        OperationView secret = record(Callers.secretOfficer(), operation("Op Synthetic Birch", "2017-06-01"));
        given().auth().oauth2(Callers.admin()).when().get(PATH + "/" + secret.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(visibleIds(Callers.admin())).doesNotContain(secret.id());
    }

    @Test
    void anOperationNameIsRecordedOnce() {
        record(Callers.secretOfficer(), operation("Op Synthetic Gorse", "2017-06-04"));
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(operation("Op Synthetic Gorse", "2017-06-04"))
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
        // a clash with a record the caller cannot see would betray it: the marking is part of the natural key
        Map<String, Object> lower = operation("Op Synthetic Gorse", "2017-06-04");
        lower.put("classification", "OFFICIAL_SENSITIVE");
        record(Callers.officialSensitiveOfficer(), lower);
        given().auth().oauth2(Callers.officialSensitiveOfficer()).contentType(ContentType.JSON).body(lower)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
        // the caveats are part of the marking, compared as a set: another set is another record, the same set a clash
        Map<String, Object> eyesOnly = operation("Op Synthetic Gorse", "2017-06-04");
        eyesOnly.put("caveats", List.of("UK_EYES_ONLY"));
        record(Callers.secretOfficer(), eyesOnly);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(eyesOnly)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
    }

    @Test
    void caveatsMustAllBeHeld() {
        Map<String, Object> body = operation("Op Synthetic Cedar", "2017-06-02");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        ListedIds.assertOnlyCaveatHoldersSee(PATH, record(Callers.secretOfficer(), body).id(), Map.of());
    }

    @Test
    void onlyCtuOfficersReachPursueAndNobodyMarksAboveTheirClearance() {
        given().when().get(PATH).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(Callers.viewer("SECRET")).when().get(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Callers.forceSystem("WMP")).contentType(ContentType.JSON)
                .body(operation("Op Synthetic Denied", "2017-06-03"))
                .when().post(PATH).then().statusCode(HttpStatus.SC_FORBIDDEN);
        // the default SECRET is above an OFFICIAL_SENSITIVE officer: they must mark it lower or not at all
        given().auth().oauth2(Callers.officialSensitiveOfficer()).contentType(ContentType.JSON)
                .body(operation("Op Synthetic Elm", "2017-06-03"))
                .when().post(PATH).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .body("type", equalTo("https://rcs.wm.police.uk/problems/marking-above-clearance"));
        Map<String, Object> lower = operation("Op Synthetic Fir", "2017-06-03");
        lower.put("classification", "OFFICIAL_SENSITIVE");
        OperationView os = record(Callers.officialSensitiveOfficer(), lower);
        assertThat(visibleIds(Callers.officialSensitiveOfficer())).contains(os.id());
    }

    @Test
    void outcomesAreCountedUpdatesNeedTheCurrentETagAndTheThreatLevelIsShown() {
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("scope", "INTERNATIONAL_TERRORISM", "level", "SEVERE", "effectiveFrom", "2017-07-20",
                        "setBy", "JTAC", "rationale", "Synthetic: an attack is highly likely."))
                .when().post("/api/v1/threat-levels").then().statusCode(HttpStatus.SC_CREATED);
        OperationView op = record(Callers.secretOfficer(), operation("Op Synthetic Hazel", "2017-08-01"));
        assertThat(op.threatLevelsInForce()).anySatisfy(l -> {
            assertThat(l.scope()).isEqualTo(ThreatScope.INTERNATIONAL_TERRORISM);
            assertThat(l.level()).isEqualTo(ThreatLevel.SEVERE);
        });

        Map<String, Object> update = new HashMap<>(Map.of("status", "AWAITING_TRIAL", "stage", "LATE",
                "subjectsOfInterest", 4, "reportingRestricted", false,
                "outcomes", List.of(Map.of("kind", "ARREST", "people", 3, "occurredOn", "2017-09-01"),
                        Map.of("kind", "CHARGE", "people", 2, "occurredOn", "2017-09-03"))));
        String url = PATH + "/" + op.id();
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(update)
                .when().put(url).then().statusCode(428 /* Precondition Required */);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"99\"").when().put(url).then().statusCode(HttpStatus.SC_PRECONDITION_FAILED);
        OperationView updated = given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(update).header("If-Match", "\"" + op.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_OK).extract().as(OperationView.class);
        assertThat(updated.arrests()).isEqualTo(3);
        assertThat(updated.charges()).isEqualTo(2);
        assertThat(updated.convictions()).isZero();
        assertThat(updated.version()).isGreaterThan(op.version());

        update.put("outcomes", List.of(Map.of("kind", "CONVICTION", "people", 1, "occurredOn", "2017-07-01")));
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"" + updated.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        given().auth().oauth2(Callers.officialSensitiveOfficer()).contentType(ContentType.JSON).body(update)
                .header("If-Match", "\"" + updated.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_NOT_FOUND);
    }
}
