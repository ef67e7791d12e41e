package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.LevelsInForce;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.ThreatLevelView;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Threat levels over HTTP against a real PostgreSQL: recording, point-in-time answers, history, refusals. */
@QuarkusTest
class ThreatLevelResourceTest {

    private static final String OFFICER = TestTokens.forSubject("ctu-officer-1").person("SECRET", "ctu-officer").sign();
    private static final String VIEWER = TestTokens.forSubject("viewer-1").person("OFFICIAL", "governance-viewer").sign();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> level(String scope, String level, String effectiveFrom) {
        return Map.of("scope", scope, "level", level, "effectiveFrom", effectiveFrom, "setBy", "JTAC",
                "rationale", "An attack is highly likely.");
    }

    private static ThreatLevelView record(Map<String, Object> body) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_CREATED).header("Location", startsWith("http"))
                .extract().as(ThreatLevelView.class);
    }

    private static LevelsInForce inForceOn(String date) {
        return given().auth().oauth2(VIEWER).queryParam("on", date)
                .when().get("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_OK).extract().as(LevelsInForce.class);
    }

    private static ThreatLevel levelOf(LevelsInForce levels, ThreatScope scope) {
        return levels.levels().stream().filter(l -> l.scope() == scope).map(ThreatLevelView::level)
                .findFirst().orElse(null);
    }

    @Test
    void answersWhichLevelWasInForceOnAnyDate() {
        record(level("INTERNATIONAL_TERRORISM", "SUBSTANTIAL", "2011-01-10"));
        record(level("INTERNATIONAL_TERRORISM", "SEVERE", "2011-03-01"));

        assertThat(levelOf(inForceOn("2011-02-28"), ThreatScope.INTERNATIONAL_TERRORISM))
                .isEqualTo(ThreatLevel.SUBSTANTIAL);
        assertThat(levelOf(inForceOn("2011-03-01"), ThreatScope.INTERNATIONAL_TERRORISM))
                .isEqualTo(ThreatLevel.SEVERE);
        assertThat(levelOf(inForceOn("2011-06-30"), ThreatScope.INTERNATIONAL_TERRORISM))
                .isEqualTo(ThreatLevel.SEVERE);
    }

    @Test
    void theUkNationalLevelReplacesTheGreatBritainLevelsFromJuly2019() {
        record(level("NI_RELATED_IN_GREAT_BRITAIN", "MODERATE", "2012-05-01"));
        record(level("UK_NATIONAL", "SUBSTANTIAL", "2019-07-23"));

        LevelsInForce after = inForceOn("2019-08-01");
        assertThat(levelOf(after, ThreatScope.UK_NATIONAL)).isEqualTo(ThreatLevel.SUBSTANTIAL);
        assertThat(levelOf(after, ThreatScope.NI_RELATED_IN_GREAT_BRITAIN)).isNull();
        assertThat(levelOf(inForceOn("2012-06-01"), ThreatScope.NI_RELATED_IN_GREAT_BRITAIN))
                .isEqualTo(ThreatLevel.MODERATE);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(level("UK_NATIONAL", "SEVERE", "2019-07-22"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .contentType("application/problem+json");
    }

    @Test
    void historyIsNewestFirstAndPaged() {
        ThreatLevelView older = record(level("NI_RELATED_IN_NORTHERN_IRELAND", "SEVERE", "2013-01-01"));
        ThreatLevelView newer = record(level("NI_RELATED_IN_NORTHERN_IRELAND", "SUBSTANTIAL", "2013-02-01"));

        Response first = given().auth().oauth2(VIEWER).queryParam("limit", 1)
                .when().get("/api/v1/threat-levels/history/NI_RELATED_IN_NORTHERN_IRELAND");
        assertThat(first.statusCode()).isEqualTo(HttpStatus.SC_OK);
        List<String> firstIds = first.jsonPath().getList("items.id", String.class);
        String cursor = first.jsonPath().getString("nextCursor");
        assertThat(cursor).isNotBlank();

        List<String> secondIds = given().auth().oauth2(VIEWER).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/v1/threat-levels/history/NI_RELATED_IN_NORTHERN_IRELAND")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);

        assertThat(firstIds).hasSize(1);
        assertThat(secondIds).hasSize(1).doesNotContainAnyElementsOf(firstIds);
        // other tests may add later levels to this scope, but never between these two
        List<String> both = given().auth().oauth2(VIEWER).queryParam("limit", 500)
                .when().get("/api/v1/threat-levels/history/NI_RELATED_IN_NORTHERN_IRELAND")
                .then().extract().jsonPath().getList("items.id", String.class);
        assertThat(both.indexOf(newer.id())).isLessThan(both.indexOf(older.id()));
    }

    @Test
    void aScopeHasOneLevelPerDaySoReplaysConflict() {
        record(level("NI_RELATED_IN_NORTHERN_IRELAND", "SEVERE", "2010-09-23"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(level("NI_RELATED_IN_NORTHERN_IRELAND", "SUBSTANTIAL", "2010-09-23"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json");
        assertThat(levelOf(inForceOn("2010-09-25"), ThreatScope.NI_RELATED_IN_NORTHERN_IRELAND))
                .isEqualTo(ThreatLevel.SEVERE);
    }

    @Test
    void onlyCtuOfficersSetLevels() {
        given().contentType(ContentType.JSON).body(level("INTERNATIONAL_TERRORISM", "LOW", "2014-01-01"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
        given().auth().oauth2(VIEWER).contentType(ContentType.JSON)
                .body(level("INTERNATIONAL_TERRORISM", "LOW", "2014-01-01"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json")
                .body("status", equalTo(403));
        assertThat(levelOf(inForceOn("2014-01-02"), ThreatScope.INTERNATIONAL_TERRORISM))
                .isNotEqualTo(ThreatLevel.LOW);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        int before = historySize(ThreatScope.INTERNATIONAL_TERRORISM);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("scope", "INTERNATIONAL_TERRORISM", "effectiveFrom", "2015-01-01", "setBy", "JTAC",
                        "rationale", "missing level"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("level"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(level("INTERNATIONAL_TERRORISM", "APOCALYPTIC", "2015-01-01"))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("field", equalTo("level"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"scope\": ")
                .when().post("/api/v1/threat-levels")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");

        assertThat(historySize(ThreatScope.INTERNATIONAL_TERRORISM)).isEqualTo(before);
    }

    private static int historySize(ThreatScope scope) {
        return given().auth().oauth2(VIEWER).queryParam("limit", 500)
                .when().get("/api/v1/threat-levels/history/" + scope)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items").size();
    }
}
