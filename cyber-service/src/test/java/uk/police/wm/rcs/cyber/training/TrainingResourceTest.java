package uk.police.wm.rcs.cyber.training;

import uk.police.wm.rcs.cyber.events.TrainingEvents;
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

/** Training sessions counted by audience per financial year. */
@QuarkusTest
class TrainingResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void sessionsAreCountedByAudience() {
        as(ECU).body(Map.of("deliveredOn", "2017-05-02", "audience", "STUDENT_OFFICERS", "course", "PF2 cyber awareness",
                "attendees", 40)).when().post("/api/v1/training/sessions").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("deliveredOn", "2017-06-02", "audience", "STUDENT_OFFICERS", "course", "PF2 cyber awareness",
                "attendees", 35)).when().post("/api/v1/training/sessions").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("deliveredOn", "2017-09-20", "audience", "NEIGHBOURHOOD_TEAMS",
                "course", "Train the trainer", "attendees", 120)).when().post("/api/v1/training/sessions")
                .then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("deliveredOn", "2017-09-20", "audience", "NEIGHBOURHOOD_TEAMS",
                "course", "Train the trainer", "attendees", 0)).when().post("/api/v1/training/sessions")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(VIEWER).body(Map.of("deliveredOn", "2017-09-21", "audience", "STAFF", "course", "X", "attendees", 1))
                .when().post("/api/v1/training/sessions").then().statusCode(HttpStatus.SC_FORBIDDEN);

        TrainingService.TrainingYear year = as(VIEWER).when().get("/api/v1/training/2017-18").then()
                .statusCode(HttpStatus.SC_OK).extract().as(TrainingService.TrainingYear.class);
        assertThat(year.byAudience()).containsEntry(TrainingEvents.Audience.STUDENT_OFFICERS,
                new TrainingService.AudienceCount(2, 75)).containsEntry(TrainingEvents.Audience.NEIGHBOURHOOD_TEAMS,
                new TrainingService.AudienceCount(1, 120));
        assertThat(year.sessions()).isEqualTo(3);
        assertThat(year.attendees()).isEqualTo(195);
    }
}
