package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.cyber.events.FundingEvents;
import java.math.BigDecimal;
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

/** Programmes with their match-funding condition and end date; bids with amounts in BigDecimal and decisions. */
@QuarkusTest
class FundingResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aMatchFundedProgrammeStatesItsConditionAndEndDate() {
        Map<String, Object> ptf = Map.of("name", "Police Transformation Fund", "matchFunded", true,
                "matchCondition", "Match funds posts dedicated to cyber-dependent crime investigation",
                "confirmedOn", "2018-06-15", "endsOn", "2020-03-31");
        as(ECU).body(Map.of("name", "Police Transformation Fund", "matchFunded", true)).when()
                .put("/api/v1/funding/programmes/PTF").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(ECU).body(ptf).when().put("/api/v1/funding/programmes/PTF").then().statusCode(HttpStatus.SC_CREATED);
        as(ECU).body(ptf).when().put("/api/v1/funding/programmes/PTF").then().statusCode(HttpStatus.SC_OK);
        assertThat(as(VIEWER).when().get("/api/v1/funding/programmes").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getString("items.find { it.code == 'PTF' }.endsOn")).isEqualTo("2020-03-31");
    }

    @Test
    void aBidIsDecidedWithIfMatchAndADecisionDate() {
        FundingService.BidView bid = as(ECU).body(Map.of("board", "National Specialist Cybercrime Build Project Board",
                "purpose", "Equipment and half of staff costs", "amount", new BigDecimal("122000.00"), "submittedOn", "2018-08-01"))
                .when().post("/api/v1/funding/bids").then().statusCode(HttpStatus.SC_CREATED)
                .extract().as(FundingService.BidView.class);
        assertThat(bid.amount()).isEqualByComparingTo("122000.00");
        assertThat(bid.status()).isEqualTo(FundingEvents.Status.SUBMITTED);
        as(ECU).body(Map.of("board", "B", "purpose", "P", "amount", new BigDecimal("1.001"), "submittedOn", "2018-08-01"))
                .when().post("/api/v1/funding/bids").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        as(ECU).header("If-Match", "\"" + bid.version() + "\"").body(Map.of("status", "APPROVED")).when()
                .put("/api/v1/funding/bids/" + bid.id() + "/decision").then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(ECU).body(Map.of("status", "APPROVED", "decisionOn", "2018-09-17")).when()
                .put("/api/v1/funding/bids/" + bid.id() + "/decision").then().statusCode(428);
        FundingService.BidView decided = as(ECU).header("If-Match", "\"" + bid.version() + "\"")
                .body(Map.of("status", "APPROVED", "decisionOn", "2018-09-17")).when()
                .put("/api/v1/funding/bids/" + bid.id() + "/decision").then().statusCode(HttpStatus.SC_OK)
                .extract().as(FundingService.BidView.class);
        assertThat(decided.status()).isEqualTo(FundingEvents.Status.APPROVED);
        assertThat(decided.decisionOn()).hasToString("2018-09-17");
        as(VIEWER).body(Map.of("status", "REJECTED", "decisionOn", "2018-09-17")).when()
                .put("/api/v1/funding/bids/" + bid.id() + "/decision").then().statusCode(HttpStatus.SC_FORBIDDEN);
    }
}
