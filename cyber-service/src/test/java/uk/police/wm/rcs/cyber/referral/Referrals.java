package uk.police.wm.rcs.cyber.referral;

import java.math.BigDecimal;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpStatus;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Test helpers for the referral API: tokens, synthetic referral bodies, and direct counts. */
public final class Referrals {
    private Referrals() {
    }

    public static final String ECU = TestTokens.forSubject("ecu-officer-1").person("OFFICIAL_SENSITIVE", "cyber-officer").sign();
    public static final String VIEWER = TestTokens.forSubject("viewer-1").person("OFFICIAL", "governance-viewer").sign();
    public static final String AUDITOR = TestTokens.forSubject("auditor-1").person("OFFICIAL_SENSITIVE", "auditor").sign();
    public static final String FORCE_WMC = TestTokens.forSubject("service-account-force-wmc").forceSystem("WMC").sign();
    public static final String FORCE_WMP = TestTokens.forSubject("service-account-force-wmp").forceSystem("WMP").sign();
    public static final String WHY = "ECU triage review of the referral queue";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A unique synthetic Action Fraud reference. */
    public static String reference() {
        return "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** A synthetic referral body from Action Fraud for WMP. */
    public static Map<String, Object> body(String reference, Instant receivedAt, boolean vulnerable) {
        Map<String, Object> body = new HashMap<>();
        body.put("actionFraudReference", reference);
        body.put("source", "ACTION_FRAUD");
        body.put("force", "WMP");
        body.put("crimeClass", "CYBER_ENABLED");
        body.put("victimType", "INDIVIDUAL");
        body.put("vulnerableVictim", vulnerable);
        if (vulnerable) {
            body.put("vulnerability", "ELDERLY");
        }
        body.put("reportedLoss", new BigDecimal("1250.50"));
        body.put("receivedAt", receivedAt.toString());
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static ReferralView receive(Map<String, Object> body) {
        return as(ECU).body(body).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ReferralView.class);
    }

    public static ReferralView triage(String id, String outcome, String unit, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("receivingUnit", unit);
        body.put("triagedAt", at == null ? null : at.toString());
        return as(ECU).body(body).when().post("/api/v1/referrals/" + id + "/triage")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
    }
}
