package uk.police.wm.rcs.cyber.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phishing simulations with their rates computed, and exercises. */
@QuarkusTest
class PrepareResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void clickAndReportRatesAreComputedAndImpossibleCountsRefused() {
        PrepareService.SimulationView s = as(ECU).body(Map.of("name", "Staff phishing test 1", "sentOn", "2018-10-01",
                "sent", 800, "clicked", 96, "reported", 212)).when().post("/api/v1/prepare/phishing-simulations")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(PrepareService.SimulationView.class);
        assertThat(s.clickRate()).isEqualByComparingTo("0.1200");
        assertThat(s.reportRate()).isEqualByComparingTo("0.2650");
        as(ECU).body(Map.of("name", "Impossible", "sentOn", "2018-10-01", "sent", 10, "clicked", 11, "reported", 0))
                .when().post("/api/v1/prepare/phishing-simulations").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(ECU).body(Map.of("name", "Staff phishing test 1", "sentOn", "2018-10-01", "sent", 800, "clicked", 96,
                "reported", 212)).when().post("/api/v1/prepare/phishing-simulations").then().statusCode(HttpStatus.SC_CONFLICT);
        assertThat(as(VIEWER).when().get("/api/v1/prepare/phishing-simulations/2018-19").then()
                .statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.name", String.class))
                .containsExactly("Staff phishing test 1");
    }

    @Test
    void exercisesAreRecordedOnce() {
        Map<String, Object> exercise = Map.of("name", "LRF table-top", "heldOn", "2018-05-10", "kind", "TABLE_TOP",
                "partners", "Local Resilience Forum");
        as(ECU).body(exercise).when().post("/api/v1/prepare/exercises").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(exercise).when().post("/api/v1/prepare/exercises").then().statusCode(HttpStatus.SC_CONFLICT);
        as(VIEWER).body(exercise).when().post("/api/v1/prepare/exercises").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(as(VIEWER).when().get("/api/v1/prepare/exercises/2018-19").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.kind", String.class)).containsExactly("TABLE_TOP");
    }
}
