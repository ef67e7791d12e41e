package uk.police.wm.rcs.cyber.forensics;

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

/** Kiosk examinations against central submissions per month, and the kiosk share. */
@QuarkusTest
class ForensicsResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void monthsAddUpToTheYearWithTheKioskShare() {
        as(ECU).body(Map.of("kioskExaminations", 30, "centralSubmissions", 70)).when()
                .put("/api/v1/digital-forensics/months/2018-10").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("kioskExaminations", 50, "centralSubmissions", 50)).when()
                .put("/api/v1/digital-forensics/months/2019-02").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(Map.of("kioskExaminations", 50, "centralSubmissions", 50)).when()
                .put("/api/v1/digital-forensics/months/2019-02").then().statusCode(HttpStatus.SC_OK);
        as(ECU).body(Map.of("kioskExaminations", 51, "centralSubmissions", 50)).when()
                .put("/api/v1/digital-forensics/months/2019-02").then().statusCode(428);
        as(ECU).body(Map.of("kioskExaminations", -1, "centralSubmissions", 50)).when()
                .put("/api/v1/digital-forensics/months/2019-03").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(ECU).body(Map.of("kioskExaminations", 1, "centralSubmissions", 1)).when()
                .put("/api/v1/digital-forensics/months/2019-13").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(VIEWER).body(Map.of("kioskExaminations", 1, "centralSubmissions", 1)).when()
                .put("/api/v1/digital-forensics/months/2019-03").then().statusCode(HttpStatus.SC_FORBIDDEN);

        ForensicsResource.YearView year = as(VIEWER).when().get("/api/v1/digital-forensics/2018-19").then()
                .statusCode(HttpStatus.SC_OK).extract().as(ForensicsResource.YearView.class);
        assertThat(year.monthsReported()).isEqualTo(2);
        assertThat(year.kioskExaminations()).isEqualTo(80);
        assertThat(year.centralSubmissions()).isEqualTo(120);
        assertThat(year.kioskShare()).isEqualByComparingTo("0.4000");
    }
}
