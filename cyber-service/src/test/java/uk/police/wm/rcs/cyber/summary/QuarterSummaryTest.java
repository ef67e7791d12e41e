package uk.police.wm.rcs.cyber.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMP;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.cyber.referral.Referrals;

/** The quarterly summary computed from known referrals, its figures worked out by hand. */
@QuarkusTest
class QuarterSummaryTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ReferralView referral(String crimeClass, Instant received, String outcome, long hoursToTriage,
            String contactedOn) {
        Map<String, Object> body = body(reference(), received, false);
        body.put("crimeClass", crimeClass);
        ReferralView r = Referrals.receive(body);
        if (outcome != null) {
            Referrals.triage(r.id(), outcome, "ECU", received.plus(Duration.ofHours(hoursToTriage)));
        }
        if (contactedOn != null) {
            as(ECU).body(Map.of("contactedOn", contactedOn)).when()
                    .post("/api/v1/referrals/" + r.id() + "/victim-contact").then().statusCode(HttpStatus.SC_OK);
        }
        return r;
    }

    private static void pcso(String month, int reach) {
        as(ECU).body(Map.of("reach", reach, "events", Map.of("SCHOOLS", 1))).when()
                .put("/api/v1/digital-pcso/months/" + month).then().statusCode(HttpStatus.SC_CREATED);
    }

    private static void campaign(String month, String theme, int reach) {
        as(ECU).body(Map.of("month", month, "theme", theme, "channel", "SOCIAL_MEDIA", "reach", reach)).when()
                .post("/api/v1/protect/campaigns").then().statusCode(HttpStatus.SC_CREATED);
    }

    private static String action(String dueOn) {
        return as(ECU).body(Map.of("title", "Synthetic action", "owner", "Protect officer", "dueOn", dueOn,
                "rag", "GREEN")).when().post("/api/v1/delivery-plans/2016-17/PROTECT/actions")
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    private static void note(String action, String notedOn, String rag) {
        as(ECU).body(Map.of("notedOn", notedOn, "rag", rag, "note", "Synthetic progress")).when()
                .post("/api/v1/plan-actions/" + action + "/progress-notes").then().statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void countsMediansPercentilesAndContactRateBesideThePreviousQuarter() {
        // 2016-17 Q2 (July-September 2016): five triaged after 1, 2, 3, 4 and 10 hours, one untriaged
        Instant q2 = Instant.parse("2016-07-04T09:00:00Z");
        referral("CYBER_DEPENDENT", q2, "ECU_INVESTIGATION", 1, "2016-07-05");
        referral("CYBER_DEPENDENT", q2, "FORCE_CID", 2, null);
        referral("CYBER_ENABLED", q2, "FORCE_CID", 3, "2016-07-06");
        referral("CYBER_ENABLED", q2, "VICTIM_CARE_ONLY", 4, null);
        referral("CYBER_ENABLED", Instant.parse("2016-09-30T22:00:00Z"), "NO_FURTHER_ACTION", 10, null);
        referral("CYBER_ENABLED", Instant.parse("2016-08-15T09:00:00Z"), null, 0, null);
        // 23:30 UTC on 30 September is 00:30 on 1 October in the West Midlands: Q3, not Q2
        referral("CYBER_DEPENDENT", Instant.parse("2016-09-30T23:30:00Z"), "FORCE_CID", 50, null);
        // 2016-17 Q1 (April-June 2016): two triaged after 2 and 6 hours, one contacted
        referral("CYBER_ENABLED", Instant.parse("2016-05-02T09:00:00Z"), "FORCE_CID", 2, "2016-05-03");
        referral("CYBER_DEPENDENT", Instant.parse("2016-06-30T09:00:00Z"), "PUBLIC_PROTECTION_UNIT", 6, null);

        // Digital PCSO: 200,000 + 50,000 + 71,000 in Q2 (average 107,000), 100,000 in May for Q1
        pcso("2016-07", 200_000);
        pcso("2016-08", 50_000);
        pcso("2016-09", 71_000);
        pcso("2016-05", 100_000);
        campaign("2016-06", "Tax fraud", 30_000);
        campaign("2016-07", "Vehicle theft", 40_000);
        campaign("2016-09", "Romance fraud", 5_000);
        // plan RAG as at each quarter's end: one action GREEN by June, RED from August; another AMBER from September
        as(ECU).body(Map.of("lead", "Synthetic lead")).when().put("/api/v1/delivery-plans/2016-17/PROTECT");
        String first = action("2016-12-31");
        String second = action("2017-03-31");
        note(first, "2016-06-10", "GREEN");
        note(first, "2016-08-10", "RED");
        note(second, "2016-09-10", "AMBER");

        QuarterSummary summary = as(VIEWER).when().get("/api/v1/summary/2016-17/Q2")
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);

        assertThat(summary.quarter()).isEqualTo("2016-17/Q2");
        assertThat(summary.previousQuarter()).isEqualTo("2016-17/Q1");
        assertThat(summary.referralsByClass().current()).containsEntry("CYBER_DEPENDENT", 2L)
                .containsEntry("CYBER_ENABLED", 4L);
        assertThat(summary.referralsByClass().previous()).containsEntry("CYBER_DEPENDENT", 1L)
                .containsEntry("CYBER_ENABLED", 1L);
        assertThat(summary.referralsByOutcome().current()).containsEntry("ECU_INVESTIGATION", 1L)
                .containsEntry("FORCE_CID", 2L).containsEntry("VICTIM_CARE_ONLY", 1L)
                .containsEntry("NO_FURTHER_ACTION", 1L).containsEntry("PUBLIC_PROTECTION_UNIT", 0L)
                .containsEntry("UNTRIAGED", 1L);
        // sorted 1,2,3,4,10 hours: median = 3; p90 at position 0.9*(5-1) = 3.6 -> 4 + 0.6*(10-4) = 7.6
        assertThat(summary.timeToTriage().current().triaged()).isEqualTo(5);
        assertThat(summary.timeToTriage().current().medianHours()).isEqualByComparingTo("3.00");
        assertThat(summary.timeToTriage().current().p90Hours()).isEqualByComparingTo("7.60");
        // 2 and 6 hours: median = 4; p90 at position 0.9 -> 2 + 0.9*(6-2) = 5.6
        assertThat(summary.timeToTriage().previous().medianHours()).isEqualByComparingTo("4.00");
        assertThat(summary.timeToTriage().previous().p90Hours()).isEqualByComparingTo("5.60");
        // 2 of 6 victims contacted in Q2, 1 of 2 in Q1
        assertThat(summary.victimContact().current().received()).isEqualTo(6);
        assertThat(summary.victimContact().current().contacted()).isEqualTo(2);
        assertThat(summary.victimContact().current().rate()).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(summary.victimContact().previous().rate()).isEqualByComparingTo(new BigDecimal("0.5000"));
        assertThat(summary.pcsoReach().current()).isEqualTo(new QuarterSummary.PcsoReach(321_000, 3, 107_000L));
        assertThat(summary.pcsoReach().previous()).isEqualTo(new QuarterSummary.PcsoReach(100_000, 1, 100_000L));
        assertThat(summary.protectReach().current()).isEqualTo(new QuarterSummary.ProtectReach(2, 45_000, 0, 0, 0, 0));
        assertThat(summary.protectReach().previous()).isEqualTo(new QuarterSummary.ProtectReach(1, 30_000, 0, 0, 0, 0));
        assertThat(summary.planRag().current()).containsEntry("RED", 1L).containsEntry("AMBER", 1L)
                .containsEntry("GREEN", 0L);
        assertThat(summary.planRag().previous()).containsEntry("GREEN", 1L).containsEntry("RED", 0L)
                .containsEntry("AMBER", 0L);
    }

    @Test
    void anEmptyQuarterHasZeroesAndNoPercentiles() {
        QuarterSummary summary = as(ECU).when().get("/api/v1/summary/2009-10/Q1")
                .then().statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);
        assertThat(summary.timeToTriage().current().triaged()).isZero();
        assertThat(summary.timeToTriage().current().medianHours()).isNull();
        assertThat(summary.victimContact().current().rate()).isNull();
    }

    @Test
    void onlyCyberOfficersAndGovernanceViewersReadIt() {
        RestAssured.given().when().get("/api/v1/summary/2016-17/Q2").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        as(FORCE_WMP).when().get("/api/v1/summary/2016-17/Q2").then().statusCode(HttpStatus.SC_FORBIDDEN);
        as(VIEWER).when().get("/api/v1/summary/2016-20/Q2").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
    }
}
