package uk.police.wm.rcs.rocu.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;

/** Control strategy versions per year, the review register and departmental objectives. */
@QuarkusTest
class GovernanceResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> strategy(String title) {
        return Map.of("approvedBy", "Regional Executive Board",
                "priorities", List.of(Map.of("title", title, "crimeType", "DRUGS"),
                        Map.of("title", "Firearms supply", "crimeType", "FIREARMS")));
    }

    @Test
    void eachStrategyChangeIsANewVersionAndOtherYearsAreUntouched() {
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(strategy("County lines"))
                .when().post("/api/v1/control-strategies/2040-41").then().statusCode(HttpStatus.SC_CREATED)
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(strategy("Drug supply"))
                .when().post("/api/v1/control-strategies/2041-42").then().statusCode(HttpStatus.SC_CREATED)
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(strategy("Drug supply networks"))
                .when().post("/api/v1/control-strategies/2041-42").then().statusCode(HttpStatus.SC_CREATED)
                .body("version", equalTo(2));
        // replaying the current version's content (a retried request) makes no new version
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(strategy("Drug supply networks"))
                .when().post("/api/v1/control-strategies/2041-42").then().body("version", equalTo(2));

        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/control-strategies/2041-42")
                .then().statusCode(HttpStatus.SC_OK).body("version", equalTo(2))
                .body("priorities[0].title", equalTo("Drug supply networks"));
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/control-strategies/2041-42/versions/1")
                .then().statusCode(HttpStatus.SC_OK).body("priorities[0].title", equalTo("Drug supply"));
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/control-strategies/2040-41")
                .then().statusCode(HttpStatus.SC_OK).body("version", equalTo(1))
                .body("priorities[0].title", equalTo("County lines"));
        given().auth().oauth2(Tokens.viewer()).contentType(ContentType.JSON).body(strategy("x"))
                .when().post("/api/v1/control-strategies/2041-42").then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/control-strategies/1999-00")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void reviewsAreUpdatedWithIfMatchAndListedByDueDate() {
        String item = "Synthetic review " + java.util.UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("item", item, "owner", "ROCU Head of Business",
                        "status", "NOT_STARTED", "nextReview", "2001-01-31"))
                .when().post("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_CREATED)
                .extract().path("id");
        Map<String, Object> progressed = Map.of("item", item,
                "owner", "ROCU Head of Business", "status", "IN_PROGRESS", "nextReview", "2001-03-31");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(progressed)
                .when().put("/api/v1/governance/reviews/" + id).then().statusCode(428);
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(progressed).when().put("/api/v1/governance/reviews/" + id)
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("IN_PROGRESS"));
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("dueBy", "2001-02-28")
                .when().get("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.id", String.class)).doesNotContain(id);
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("dueBy", "2001-03-31")
                .when().get("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.id", String.class)).contains(id);
    }

    @Test
    void objectivesBelongToTheirYear() {
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2019-20", "title", "Deliver the SOC strategy delivery plan",
                        "description", "Synthetic objective."))
                .when().post("/api/v1/governance/objectives").then().statusCode(HttpStatus.SC_CREATED);
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("financialYear", "2019-20")
                .when().get("/api/v1/governance/objectives").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("title", String.class)).contains("Deliver the SOC strategy delivery plan");
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("financialYear", "2020-21")
                .when().get("/api/v1/governance/objectives").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("title", String.class)).isEmpty();
    }
}
