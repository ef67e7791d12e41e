package uk.police.wm.rcs.cyber.prevent;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMP;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionOutcome;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionType;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.PreventYear;
import uk.police.wm.rcs.cyber.events.PreventEvents.ReferralSource;
import uk.police.wm.rcs.stack.testing.TestSql;

/** Prevent interventions are categories and counts: counted by source, type and outcome; bad input writes nothing. */
@QuarkusTest
class PreventResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> intervention(String on, String source, String type, String outcome) {
        return new HashMap<>(Map.of("intervenedOn", on, "referralSource", source, "interventionType", type,
                "outcome", outcome));
    }

    @Test
    void interventionsAreCountedByCategory() {
        as(ECU).body(intervention("2013-06-10", "INTEGRATED_OFFENDER_MANAGEMENT", "MENTORING", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(intervention("2013-09-01", "EDUCATION", "WORKSHOP", "DIVERTED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(intervention("2014-02-11", "EDUCATION", "CEASE_AND_DESIST", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_CREATED);

        PreventYear year = as(VIEWER).when().get("/api/v1/prevent/2013-14").then().statusCode(HttpStatus.SC_OK)
                .extract().as(PreventYear.class);
        assertThat(year.interventions()).isEqualTo(3);
        assertThat(year.bySource()).containsEntry(ReferralSource.EDUCATION, 2L)
                .containsEntry(ReferralSource.INTEGRATED_OFFENDER_MANAGEMENT, 1L)
                .containsEntry(ReferralSource.ACTION_FRAUD, 0L).hasSize(ReferralSource.values().length);
        assertThat(year.byType()).containsEntry(InterventionType.WORKSHOP, 1L)
                .containsEntry(InterventionType.MENTORING, 1L).containsEntry(InterventionType.CEASE_AND_DESIST, 1L);
        assertThat(year.byOutcome()).containsEntry(InterventionOutcome.ENGAGED, 2L)
                .containsEntry(InterventionOutcome.DIVERTED, 1L).containsEntry(InterventionOutcome.DECLINED, 0L);
        assertThat(as(VIEWER).when().get("/api/v1/prevent/interventions/2013-14").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.intervenedOn", String.class))
                .containsExactly("2013-06-10", "2013-09-01", "2014-02-11");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long before = TestSql.count(dataSource, "SELECT count(*) FROM prevent_intervention");
        Map<String, Object> noOutcome = intervention("2013-07-01", "EDUCATION", "WORKSHOP", "ENGAGED");
        noOutcome.remove("outcome");
        as(ECU).body(noOutcome).when().post("/api/v1/prevent/interventions").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        as(ECU).body(intervention("2013-07-01", "NEIGHBOUR", "WORKSHOP", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
        as(ECU).body(intervention(LocalDate.now().plusDays(3).toString(), "EDUCATION", "WORKSHOP", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .contentType("application/problem+json");
        as(VIEWER).body(intervention("2013-07-01", "EDUCATION", "WORKSHOP", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_FORBIDDEN);
        RestAssured.given().contentType("application/json")
                .body(intervention("2013-07-01", "EDUCATION", "WORKSHOP", "ENGAGED")).when()
                .post("/api/v1/prevent/interventions").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        as(FORCE_WMP).when().get("/api/v1/prevent/2013-14").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM prevent_intervention")).isEqualTo(before);
    }
}
