package uk.police.wm.rcs.cyber.input;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import uk.police.wm.rcs.cyber.referral.Referrals;
import uk.police.wm.rcs.stack.testing.HostileInput;
import uk.police.wm.rcs.stack.testing.TestSql;

/**
 * Issue 13 at cyber-service: every hostile variant of a referral (POST, a force system's intake) and of a delivery
 * plan's lead (PUT) is a 400 problem naming what was wrong, and writes nothing (the platform's input rules).
 */
@QuarkusTest
class HostileInputTest {

    private static final String PLAN = "/api/v1/delivery-plans/2027-28/PURSUE";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aReferralRefusesEveryHostileVariant() {
        long before = TestSql.count(dataSource, "SELECT count(*) FROM referral");
        String ref = Referrals.reference();
        ObjectNode good = json.valueToTree(Referrals.body(ref, Instant.parse("2018-07-01T10:00:00Z"), false));
        // as the fixture writes it: a tree's own factory would strip the trailing zero
        good.set("reportedLoss", DecimalNode.valueOf(new BigDecimal("1250.50")));
        assertThat(good.toString()).contains("\"reportedLoss\":1250.50", "\"vulnerableVictim\":false",
                "\"receivedAt\":\"2018-07-01T10:00:00Z\"");

        HostileInput.at(Method.POST, "/api/v1/referrals", () -> as(Referrals.FORCE_WMP), good)
                .text("actionFraudReference").date("receivedAt").number("reportedLoss")
                // a member a referral must never carry: the victim's name
                .also("a victim's name", good.deepCopy().put("victimName", "A. Person").toString(), "unknown-field",
                        "victimName")
                .also("a string for a boolean", good.toString().replace("\"vulnerableVictim\":false",
                        "\"vulnerableVictim\":\"false\""), "invalid-type", "vulnerableVictim")
                .also("a number out of range", good.toString().replace("\"reportedLoss\":1250.50",
                        "\"reportedLoss\":1e400000"), null, null)
                .assertEveryVariantRefused(() -> TestSql.count(dataSource, "SELECT count(*) FROM referral"));

        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM referral WHERE action_fraud_reference LIKE ?",
                ref + "%")).isZero();
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM referral")).isEqualTo(before);
    }

    @Test
    void aDeliveryPlanLeadRefusesEveryHostileVariant() {
        String lead = "DSupt (synthetic) hostile";
        ObjectNode plan = json.createObjectNode().put("lead", lead);
        HostileInput.at(Method.PUT, PLAN, () -> as(ECU), plan)
                .text("lead")
                .also("an isolate pair", "{\"lead\":\"" + lead + "\\u2066x\\u2069\"}", "invalid-character", "lead")
                .also("a deputy", "{\"lead\":\"" + lead + "\",\"deputy\":\"someone\"}", "unknown-field", "deputy")
                .also("null for the lead", "{\"lead\":null}", "validation-failed", null)
                .assertEveryVariantRefused(this::plans);
        // the same body without the hostile part is accepted: the refusals were for the input, not the endpoint
        as(ECU).body(Map.of("lead", lead)).when().put(PLAN).then().statusCode(HttpStatus.SC_CREATED);
    }

    private long plans() {
        return TestSql.count(dataSource, "SELECT count(*) FROM delivery_plan");
    }
}
