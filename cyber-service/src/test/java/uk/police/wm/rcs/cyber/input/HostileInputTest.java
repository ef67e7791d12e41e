package uk.police.wm.rcs.cyber.input;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.cyber.referral.Referrals;

/**
 * Issue 13 at cyber-service: every hostile variant of a referral (POST, a force system's intake) and of a delivery
 * plan's lead (PUT) is a 400 problem naming what was wrong, and writes nothing (the platform's input rules).
 */
@QuarkusTest
class HostileInputTest {

    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String PLAN = "/api/v1/delivery-plans/2027-28/PURSUE";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aReferralRefusesEveryHostileVariant() throws Exception {
        long before = Referrals.count(dataSource, "SELECT count(*) FROM referral");
        String ref = Referrals.reference();
        String good = json.writeValueAsString(Referrals.body(ref, Instant.parse("2018-07-01T10:00:00Z"), false));
        String reference = "\"actionFraudReference\":\"" + ref + "\"";
        assertThat(good).contains(reference, "\"reportedLoss\":1250.50", "\"receivedAt\":\"2018-07-01T10:00:00Z\"");

        referral(good.replace(reference, "\"actionFraudReference\":\"" + ref + "\\u0000\""), "invalid-character",
                "actionFraudReference");
        // right-to-left override, raw and escaped; a first-strong isolate; a C1 control
        referral(good.replace(reference, "\"actionFraudReference\":\"" + ref + "\u202e\""), "invalid-character",
                "actionFraudReference");
        for (String escaped : new String[] { "\\u202e", "\\u2068", "\\u200f", "\\u0085", "\\u007f" }) {
            referral(good.replace(reference, "\"actionFraudReference\":\"" + ref + escaped + "\""),
                    "invalid-character", "actionFraudReference");
        }
        referral(good.replace("2018-07-01T10:00:00Z", "-9999-07-01T10:00:00Z"), "date-out-of-range", "receivedAt");
        referral(good.replace("2018-07-01T10:00:00Z", "+99999-07-01T10:00:00Z"), "date-out-of-range", "receivedAt");
        referral(good.replace(reference, reference + "," + reference.replace(ref, ref + "-2")), "duplicate-field",
                "actionFraudReference");
        referral(good.replace(reference, reference + ",\"victimName\":\"A. Person\""), "unknown-field", "victimName");
        referral(good.replace(reference, "\"actionFraudReference\":\"" + "N".repeat(100_000) + "\""),
                "value-too-long", "actionFraudReference");
        referral(good.replace(reference, "\"actionFraudReference\":12345"), "invalid-type", "actionFraudReference");
        referral(good.replace("\"reportedLoss\":1250.50", "\"reportedLoss\":\"1250.50\""), "invalid-type",
                "reportedLoss");
        referral(good.replace("\"vulnerableVictim\":false", "\"vulnerableVictim\":\"false\""), "invalid-type",
                "vulnerableVictim");
        referral(good.replace("\"reportedLoss\":1250.50", "\"reportedLoss\":1e400000"), null, null);
        referral(good.replace(reference, reference + ",\"x\":" + DEEP), null, null);
        referral("[" + good + "]", "invalid-type", null);
        referral("null", null, null);
        referral("{\"actionFraudReference\":", "malformed-json", null);

        assertThat(Referrals.count(dataSource, "SELECT count(*) FROM referral WHERE action_fraud_reference LIKE ?",
                ref + "%")).isZero();
        assertThat(Referrals.count(dataSource, "SELECT count(*) FROM referral")).isEqualTo(before);
    }

    @Test
    void aDeliveryPlanLeadRefusesEveryHostileVariant() throws Exception {
        long before = plans();
        String lead = "DSupt (synthetic) hostile";
        plan("{\"lead\":\"" + lead + "\\u0000\"}", "invalid-character", "lead");
        plan("{\"lead\":\"" + lead + "\u202e\"}", "invalid-character", "lead");
        plan("{\"lead\":\"" + lead + "\\u2066x\\u2069\"}", "invalid-character", "lead");
        plan("{\"lead\":12345}", "invalid-type", "lead");
        plan("{\"lead\":true}", "invalid-type", "lead");
        plan("{\"lead\":\"" + lead + "\",\"deputy\":\"someone\"}", "unknown-field", "deputy");
        plan("{\"lead\":\"" + "L".repeat(100_000) + "\"}", "value-too-long", "lead");
        plan("{\"lead\":\"" + lead + "\",\"lead\":\"other\"}", "duplicate-field", "lead");
        plan("{\"lead\":null}", "validation-failed", null);
        plan("[{\"lead\":\"" + lead + "\"}]", "invalid-type", null);
        plan("{\"lead\":" + DEEP + "}", null, null);
        assertThat(plans()).isEqualTo(before);
        // the same body without the hostile part is accepted: the refusals were for the input, not the endpoint
        as(ECU).body(Map.of("lead", lead)).when().put(PLAN).then().statusCode(HttpStatus.SC_CREATED);
    }

    /** 400 problem+json; {@code slug} and {@code field} checked when given. */
    private static void refused(ValidatableResponse response, String slug, String field) {
        response.statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        String type = response.extract().jsonPath().getString("type");
        assertThat(type).startsWith("https://rcs.wm.police.uk/problems/");
        if (slug != null) {
            assertThat(type).isEqualTo("https://rcs.wm.police.uk/problems/" + slug);
        }
        if (field != null) {
            assertThat(response.extract().jsonPath().getString("field")).isEqualTo(field);
        }
    }

    private static void referral(String body, String slug, String field) {
        refused(as(Referrals.FORCE_WMP).body(body).when().post("/api/v1/referrals").then(), slug, field);
    }

    private static void plan(String body, String slug, String field) {
        refused(as(ECU).body(body).when().put(PLAN).then(), slug, field);
    }

    private long plans() {
        return Referrals.count(dataSource, "SELECT count(*) FROM delivery_plan");
    }
}
