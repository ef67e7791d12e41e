package uk.police.wm.rcs.cyber.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMC;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;

/** Each referral posted moves rcs_records_received_total for its force and outcome, and no other. */
@QuarkusTest
class ReferralMetricsTest {

    private static final Instant RECEIVED = Instant.parse("2018-08-01T08:00:00Z");

    @Test
    void createdReplayedConflictAndRefusedReferralsAreCountedByForce() {
        Map<String, Object> original = body(reference(), RECEIVED, false);
        double created = referrals("WMP", "created");
        double replayed = referrals("WMP", "replayed");
        double conflict = referrals("WMP", "conflict");
        double refused = referrals("WMP", "refused");

        Referrals.receive(original);
        assertThat(referrals("WMP", "created")).isEqualTo(created + 1);

        as(ECU).body(original).when().post("/api/v1/referrals").then().statusCode(HttpStatus.SC_OK);
        assertThat(referrals("WMP", "replayed")).isEqualTo(replayed + 1);

        Map<String, Object> different = body((String) original.get("actionFraudReference"), RECEIVED, false);
        different.put("reportedLoss", new BigDecimal("99.00"));
        as(ECU).body(different).when().post("/api/v1/referrals").then().statusCode(HttpStatus.SC_CONFLICT);
        assertThat(referrals("WMP", "conflict")).isEqualTo(conflict + 1);

        // West Mercia's system naming West Midlands Police is refused, counted under the force it named
        Map<String, Object> forOtherForce = body(reference(), RECEIVED, false);
        forOtherForce.put("source", "FORCE_DIRECT");
        as(FORCE_WMC).body(forOtherForce).when().post("/api/v1/referrals").then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(referrals("WMP", "refused")).isEqualTo(refused + 1);
        assertThat(referrals("WMP", "created")).isEqualTo(created + 1);
    }

    private static double referrals(String force, String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
        return ExposedMetrics.value(metrics, "rcs_records_received_total", "record_type=\"referral\"",
                "force=\"" + force + "\"", "outcome=\"" + outcome + "\"");
    }
}
