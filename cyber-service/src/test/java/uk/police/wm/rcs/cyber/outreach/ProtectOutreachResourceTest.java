package uk.police.wm.rcs.cyber.outreach;

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
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsCounts;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsMonthView;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsYear;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.OutreachEventView;
import uk.police.wm.rcs.stack.testing.TestSql;

/** Cyber Essentials months add up by quarter and year; events and conferences are recorded once, when held. */
@QuarkusTest
class ProtectOutreachResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static void essentials(String month, int engaged, int certifications, int status) {
        as(ECU).body(Map.of("smesEngaged", engaged, "certifications", certifications)).when()
                .put("/api/v1/protect/cyber-essentials/months/" + month).then().statusCode(status);
    }

    @Test
    void cyberEssentialsMonthsAddUpByQuarterAndYear() {
        essentials("2013-04", 40, 3, HttpStatus.SC_CREATED);
        essentials("2013-05", 25, 2, HttpStatus.SC_CREATED);
        essentials("2013-10", 30, 4, HttpStatus.SC_CREATED);
        essentials("2013-10", 30, 4, HttpStatus.SC_OK);
        // a revision needs the version it revises
        essentials("2013-10", 30, 5, 428);
        CyberEssentialsMonthView revised = as(ECU).header("If-Match", "\"0\"")
                .body(Map.of("smesEngaged", 30, "certifications", 5)).when()
                .put("/api/v1/protect/cyber-essentials/months/2013-10").then().statusCode(HttpStatus.SC_OK)
                .extract().as(CyberEssentialsMonthView.class);
        assertThat(revised.certifications()).isEqualTo(5);
        essentials("2013-11", -1, 0, HttpStatus.SC_BAD_REQUEST);
        essentials("2013-13", 1, 0, HttpStatus.SC_BAD_REQUEST);
        essentials(LocalDate.now().plusMonths(2).toString().substring(0, 7), 1, 0,
                HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(VIEWER).body(Map.of("smesEngaged", 1, "certifications", 0)).when()
                .put("/api/v1/protect/cyber-essentials/months/2013-11").then().statusCode(HttpStatus.SC_FORBIDDEN);
        RestAssured.given().contentType("application/json").body(Map.of("smesEngaged", 1, "certifications", 0))
                .when().put("/api/v1/protect/cyber-essentials/months/2013-11").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);

        CyberEssentialsYear year = as(VIEWER).when().get("/api/v1/protect/cyber-essentials/2013-14").then()
                .statusCode(HttpStatus.SC_OK).extract().as(CyberEssentialsYear.class);
        assertThat(year.monthsReported()).isEqualTo(3);
        assertThat(year.total()).isEqualTo(new CyberEssentialsCounts(95, 10));
        assertThat(year.byQuarter()).containsEntry("Q1", new CyberEssentialsCounts(65, 5))
                .containsEntry("Q2", new CyberEssentialsCounts(0, 0))
                .containsEntry("Q3", new CyberEssentialsCounts(30, 5))
                .containsEntry("Q4", new CyberEssentialsCounts(0, 0));
        as(FORCE_WMP).when().get("/api/v1/protect/cyber-essentials/2013-14").then()
                .statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void anEventOrConferenceIsRecordedOnceWhenHeld() {
        Map<String, Object> conference = new HashMap<>(Map.of("heldOn", "2013-11-07",
                "name", "Synthetic business cybercrime conference", "kind", "CONFERENCE", "strand", "PROTECT",
                "audience", "BUSINESSES", "partner", "OPCC", "attendees", 250));
        OutreachEventView view = as(ECU).body(conference).when().post("/api/v1/outreach/events").then()
                .statusCode(HttpStatus.SC_CREATED).extract().as(OutreachEventView.class);
        assertThat(view.attendees()).isEqualTo(250);
        as(ECU).body(conference).when().post("/api/v1/outreach/events").then().statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json");

        Map<String, Object> future = new HashMap<>(conference);
        future.put("heldOn", LocalDate.now().plusDays(10).toString());
        as(ECU).body(future).when().post("/api/v1/outreach/events").then()
                .statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json");
        Map<String, Object> noAudience = new HashMap<>(conference);
        noAudience.remove("audience");
        noAudience.put("name", "Synthetic event without audience");
        as(ECU).body(noAudience).when().post("/api/v1/outreach/events").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        Map<String, Object> negative = new HashMap<>(conference);
        negative.put("attendees", -3);
        negative.put("name", "Synthetic event with negative attendance");
        as(ECU).body(negative).when().post("/api/v1/outreach/events").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(VIEWER).body(conference).when().post("/api/v1/outreach/events").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM outreach_event WHERE name LIKE 'Synthetic%'"
                + " AND held_on >= '2013-04-01' AND held_on < '2014-04-01'")).isEqualTo(1);

        assertThat(as(VIEWER).when().get("/api/v1/outreach/events/2013-14").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.name", String.class))
                .containsExactly("Synthetic business cybercrime conference");
        RestAssured.given().when().get("/api/v1/outreach/events/2013-14").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
    }
}
