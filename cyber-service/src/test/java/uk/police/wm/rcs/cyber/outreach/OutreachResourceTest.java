package uk.police.wm.rcs.cyber.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.YearMonth;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoYear;

/** The Digital PCSO's average and peak fall out of the monthly data; Protect campaigns are recorded once. */
@QuarkusTest
class OutreachResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theAverageAndThePeakMonthFallOutOfTheData() {
        // twelve months of 2018-19 averaging 107,000 with 200,000 in July
        int[] reach = {95_000, 98_000, 96_000, 200_000, 99_000, 97_000, 96_000, 98_000, 95_000, 97_000, 96_000, 117_000};
        for (int i = 0; i < 12; i++) {
            YearMonth month = YearMonth.of(2018, 4).plusMonths(i);
            as(ECU).body(Map.of("reach", reach[i], "events", Map.of("SCHOOLS", 2, "SMES", 1))).when()
                    .put("/api/v1/digital-pcso/months/" + month).then().statusCode(HttpStatus.SC_CREATED);
        }
        PcsoYear year = as(VIEWER).when().get("/api/v1/digital-pcso/2018-19").then().statusCode(HttpStatus.SC_OK)
                .extract().as(PcsoYear.class);
        assertThat(year.monthsReported()).isEqualTo(12);
        assertThat(year.totalReach()).isEqualTo(1_284_000);
        assertThat(year.averageReach()).isEqualTo(107_000);
        assertThat(year.peakMonth()).isEqualTo(YearMonth.of(2018, 7));
        assertThat(year.peakReach()).isEqualTo(200_000);
        assertThat(year.eventsByAudience()).containsEntry("SCHOOLS", 24L).containsEntry("SMES", 12L);

        as(ECU).body(Map.of("reach", 95_000, "events", Map.of("SCHOOLS", 2, "SMES", 1))).when()
                .put("/api/v1/digital-pcso/months/2018-04").then().statusCode(HttpStatus.SC_OK);
        as(ECU).body(Map.of("reach", 1, "events", Map.of())).when()
                .put("/api/v1/digital-pcso/months/2018-04").then().statusCode(428);
        as(ECU).body(Map.of("reach", -1, "events", Map.of())).when()
                .put("/api/v1/digital-pcso/months/2018-05").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(ECU).body(Map.of("reach", 1, "events", Map.of("PIGEONS", 1))).when()
                .put("/api/v1/digital-pcso/months/2018-05").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(VIEWER).body(Map.of("reach", 1, "events", Map.of())).when()
                .put("/api/v1/digital-pcso/months/2018-05").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(as(VIEWER).when().get("/api/v1/digital-pcso/2018-19").then().extract().as(PcsoYear.class)
                .totalReach()).isEqualTo(1_284_000);
    }

    @Test
    void theRegionsDigitalPcsosInPostAreKeptWithTheMonth() {
        // para 92: West Midlands Police's, the Alliance's and Staffordshire's
        Map<String, Object> report = Map.of("reach", 107_000, "events", Map.of("SCHOOLS", 1), "digitalPcsosInPost", 3);
        as(ECU).body(report).when().put("/api/v1/digital-pcso/months/2014-08").then()
                .statusCode(HttpStatus.SC_CREATED).body("digitalPcsosInPost", org.hamcrest.Matchers.equalTo(3));
        as(ECU).body(report).when().put("/api/v1/digital-pcso/months/2014-08").then().statusCode(HttpStatus.SC_OK);
        assertThat(as(VIEWER).when().get("/api/v1/digital-pcso/2014-15/months").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.digitalPcsosInPost")).containsExactly(3);
        // a month whose report does not state it says so (null), and a negative headcount is refused
        as(ECU).body(Map.of("reach", 90_000, "events", Map.of())).when().put("/api/v1/digital-pcso/months/2014-09")
                .then().statusCode(HttpStatus.SC_CREATED).body("digitalPcsosInPost", org.hamcrest.Matchers.nullValue());
        as(ECU).body(Map.of("reach", 1, "events", Map.of(), "digitalPcsosInPost", -1)).when()
                .put("/api/v1/digital-pcso/months/2014-10").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
    }

    @Test
    void aCampaignIsRecordedOnce() {
        Map<String, Object> campaign = Map.of("month", "2017-06", "theme", "Digitally enabled vehicle theft",
                "channel", "SOCIAL_MEDIA", "partner", "GetSafeOnline", "reach", 40_000);
        as(ECU).body(campaign).when().post("/api/v1/protect/campaigns").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(campaign).when().post("/api/v1/protect/campaigns").then().statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json");
        assertThat(as(VIEWER).when().get("/api/v1/protect/campaigns/2017-18").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items.theme", String.class)).containsOnlyOnce("Digitally enabled vehicle theft");
    }
}
