package uk.police.wm.rcs.ctu.plan;

import uk.police.wm.rcs.ctu.events.PlanEnums;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.plan.PlanRequests.PlanView;
import uk.police.wm.rcs.ctu.plan.PlanRequests.QuarterReviews;

/** The business plan and its reviews: 3 + 12 priorities, classified detail only for cleared callers. */
@QuarkusTest
class BusinessPlanResourceTest {

    static final String PATH = "/api/v1/business-plans";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> plan(String financialYear, int regional, int national) {
        List<Map<String, Object>> priorities = new ArrayList<>();
        for (int i = 1; i <= regional; i++) {
            priorities.add(Map.of("kind", "REGIONAL", "number", i, "title", "Synthetic regional priority " + i));
        }
        for (int i = 1; i <= national; i++) {
            priorities.add(Map.of("kind", "NATIONAL", "number", i, "title", "Synthetic national priority " + i));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", financialYear);
        body.put("priorities", priorities);
        return body;
    }

    static void review(String fy, String quarter, String body, int number, String rag, String commentary) {
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("quarter", quarter, "reviewingBody", body, "kind", "NATIONAL", "number", number,
                        "rag", rag, "commentary", commentary))
                .when().post(PATH + "/" + fy + "/reviews").then().statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void aPlanHasThreeRegionalAndTwelveNationalPriorities() {
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(plan("2017-18", 4, 11))
                .when().post(PATH).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        Map<String, Object> duplicated = plan("2017-18", 3, 12);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> priorities = (List<Map<String, Object>>) duplicated.get("priorities");
        priorities.set(14, Map.of("kind", "NATIONAL", "number", 11, "title", "Synthetic duplicate"));
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(duplicated)
                .when().post(PATH).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        PlanView created = given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(plan("2017-18", 3, 12)).when().post(PATH)
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(PlanView.class);
        assertThat(created.priorities()).hasSize(15);
        assertThat(created.classification().name()).isEqualTo("SECRET");
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(plan("2017-18", 3, 12))
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
    }

    @Test
    void reviewDetailIsOnlyForCallersClearedForIt() {
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(plan("2016-17", 3, 12))
                .when().post(PATH).then().statusCode(HttpStatus.SC_CREATED);
        review("2016-17", "Q2", "REGIONAL_GOVERNANCE_GROUP", 4, "AMBER", "Synthetic commentary on priority four");
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(Map.of("quarter", "Q2", "reviewingBody", "REGIONAL_GOVERNANCE_GROUP", "kind", "NATIONAL",
                        "number", 4, "rag", "GREEN", "commentary", "Synthetic second opinion"))
                .when().post(PATH + "/2016-17/reviews").then().statusCode(HttpStatus.SC_CONFLICT);

        QuarterReviews seen = given().auth().oauth2(Callers.viewer("SECRET"))
                .when().get(PATH + "/2016-17/reviews/Q2")
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterReviews.class);
        assertThat(seen.reviews()).singleElement().satisfies(r -> {
            assertThat(r.rag()).isEqualTo(PlanEnums.Rag.AMBER);
            assertThat(r.commentary()).isEqualTo("Synthetic commentary on priority four");
        });
        for (String token : List.of(Callers.viewer("OFFICIAL"), Callers.officialSensitiveOfficer(), Callers.admin())) {
            given().auth().oauth2(token).when().get(PATH + "/2016-17/reviews/Q2")
                    .then().statusCode(HttpStatus.SC_NOT_FOUND);
            given().auth().oauth2(token).when().get(PATH + "/2016-17").then().statusCode(HttpStatus.SC_NOT_FOUND);
        }
        given().auth().oauth2(Callers.viewer("SECRET")).contentType(ContentType.JSON)
                .body(Map.of("quarter", "Q3", "reviewingBody", "NATIONAL_ACSO", "kind", "NATIONAL", "number", 1,
                        "rag", "RED", "commentary", "x"))
                .when().post(PATH + "/2016-17/reviews").then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Callers.forceSystem("WMP")).when().get(PATH + "/2016-17")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }
}
