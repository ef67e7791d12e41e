package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.rocu.events.Contributor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Formula;
import uk.police.wm.rcs.rocu.funding.FundingRequests.ReconciliationView;

/** Funding over HTTP: the formula as yearly data, staffing, and a reconciliation that adds up to the penny. */
@QuarkusTest
class FundingResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Formula formula(String fy) {
        return given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/funding/formulas/" + fy)
                .then().statusCode(HttpStatus.SC_OK).extract().as(Formula.class);
    }

    @Test
    void theFormulaIsDataPerYearAndANewYearNeverRewritesAnEarlierOne() {
        Formula endorsed = formula("2018-19");
        assertThat(endorsed.financialYear()).isEqualTo("2017-18");
        assertThat(endorsed.shares()).containsEntry(Contributor.WMP, new BigDecimal("57"))
                .containsEntry(Contributor.ALLIANCE, new BigDecimal("26")).containsEntry(Contributor.STA, new BigDecimal("17"));

        Map<String, Object> newer = Map.of("financialYear", "2030-31", "endorsedBy", "Regional Finance Group (synthetic)",
                "shares", Map.of("WMP", 56.5, "ALLIANCE", 26.5, "STA", 17));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(newer)
                .when().post("/api/v1/funding/formulas").then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(newer)
                .when().post("/api/v1/funding/formulas").then().statusCode(HttpStatus.SC_CONFLICT);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2031-32", "endorsedBy", "x",
                        "shares", Map.of("WMP", 57, "ALLIANCE", 26, "STA", 18)))
                .when().post("/api/v1/funding/formulas").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        assertThat(formula("2031-32").shares()).containsEntry(Contributor.WMP, new BigDecimal("56.5"));
        assertThat(formula("2029-30").financialYear()).isEqualTo("2017-18");
        given().auth().oauth2(Tokens.viewer()).when().get("/api/v1/funding/formulas/2016-17")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void aQuarterIsReconciledToThePennyAndAnIssuedReconciliationStaysAsIssued() {
        staffing("WMP", "41.50", "612345.67");
        staffing("WMC", "12.00", "150000.00");
        staffing("WAR", "6.25", "83210.33");
        staffing("STA", "15.00", "180000.01");

        ReconciliationView live = given().auth().oauth2(Tokens.viewer())
                .when().get("/api/v1/funding/reconciliations/2018-19/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReconciliationView.class);
        Reconciler.Result r = live.reconciliation();
        assertThat(live.formulaYear()).isEqualTo("2017-18");
        assertThat(r.regionalCost()).isEqualByComparingTo("1025556.01");
        assertThat(r.totalShareDue()).isEqualByComparingTo("1025556.01");
        assertThat(r.totalBalance()).isEqualByComparingTo("0.00");
        // 57 % = 584566.9257, 26 % = 266644.5626, 17 % = 174344.5217: floors leave 0.01 for WMP (largest .0057)
        assertThat(r.lines().get(0).shareDue()).isEqualByComparingTo("584566.93");
        assertThat(r.lines().get(1).shareDue()).isEqualByComparingTo("266644.56");
        assertThat(r.lines().get(1).staffCostBorne()).isEqualByComparingTo("233210.33");
        assertThat(r.lines().get(1).balance()).isEqualByComparingTo("33434.23");
        assertThat(r.lines().get(2).shareDue()).isEqualByComparingTo("174344.52");

        given().auth().oauth2(Tokens.viewer()).when().post("/api/v1/funding/reconciliations/2018-19/Q3")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/funding/reconciliations/2018-19/Q3")
                .then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).when().post("/api/v1/funding/reconciliations/2018-19/Q3")
                .then().statusCode(HttpStatus.SC_CONFLICT);
        staffing("STA", "16.00", "190000.00");
        ReconciliationView issued = given().auth().oauth2(Tokens.viewer())
                .when().get("/api/v1/funding/reconciliations/2018-19/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReconciliationView.class);
        assertThat(issued.issuedAt()).isNotNull();
        assertThat(issued.reconciliation().regionalCost()).isEqualByComparingTo("1025556.01");
    }

    @Test
    void sourcesAreRecordedPerYear() {
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2032-33", "kind", "MAIN_GRANT", "name", "Home Office ROCU grant",
                        "amount", new BigDecimal("1234567.89")))
                .when().post("/api/v1/funding/sources").then().statusCode(HttpStatus.SC_CREATED);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2032-33", "kind", "SPECIFIC_GRANT", "name", "x", "amount", new BigDecimal("1.234")))
                .when().post("/api/v1/funding/sources").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("financialYear", "2032-33")
                .when().get("/api/v1/funding/sources").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("amount", Float.class)).hasSize(1);
    }

    private static void staffing(String force, String fte, String cost) {
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("staffFte", new BigDecimal(fte), "staffCost", new BigDecimal(cost)))
                .when().put("/api/v1/funding/staffing/2018-19/Q3/" + force)
                .then().statusCode(HttpStatus.SC_NO_CONTENT);
    }
}
