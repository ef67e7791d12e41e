package uk.police.wm.rcs.cyber.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMC;
import static uk.police.wm.rcs.cyber.referral.Referrals.WHY;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.stack.testing.TestSql.count;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Referrals are marked records: need-to-know on every read, list and figure, and nobody marks one above what they
 * could read back. The summary's financial year 2004-05 is this test's own.
 */
@QuarkusTest
class ReferralMarkingTest {

    /** A cyber officer holding the caveat the marked referrals carry. */
    static final String ECU_EYES = TestTokens.forSubject("ecu-officer-eyes")
            .person("OFFICIAL_SENSITIVE", "cyber-officer").caveats("UK_EYES_ONLY").sign();

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> eyesOnly(String reference, Instant receivedAt, boolean vulnerable) {
        Map<String, Object> body = body(reference, receivedAt, vulnerable);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("caveats", List.of("UK_EYES_ONLY"));
        return body;
    }

    private static ReferralView receive(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ReferralView.class);
    }

    /** Every id of a referral list, page after page. */
    private static List<String> allIds(String token, String path, String queue) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(token).header("X-Justification", WHY).queryParam("limit", 500);
            if (queue != null) {
                request.queryParam("queue", queue);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void aReferralWithACaveatIsInvisibleToAnOfficerLackingItAndVisibleToOneHoldingIt() {
        String ref = reference();
        ReferralView marked = receive(ECU_EYES, eyesOnly(ref, Instant.parse("2004-05-05T09:00:00Z"), true));
        assertThat(marked.classification()).isEqualTo(Classification.OFFICIAL_SENSITIVE);
        assertThat(marked.caveats()).containsExactly("UK_EYES_ONLY");

        // lacking the caveat: the same 404 as a referral that does not exist, by id and by reference
        String missing = as(ECU).header("X-Justification", WHY).when()
                .get("/api/v1/referrals/00000000-0000-4000-8000-000000000000")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json")
                .extract().path("type");
        as(ECU).header("X-Justification", WHY).when().get("/api/v1/referrals/" + marked.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).body("type", equalTo(missing));
        as(ECU).header("X-Justification", WHY).when().get("/api/v1/referrals/" + ref)
                .then().statusCode(HttpStatus.SC_NOT_FOUND).body("type", equalTo(missing));
        as(ECU).body(Map.of("outcome", "FORCE_CID", "receivingUnit", "FCID")).when()
                .post("/api/v1/referrals/" + marked.id() + "/triage").then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(allIds(ECU, "/api/v1/referrals", null)).doesNotContain(marked.id());
        assertThat(allIds(ECU, "/api/v1/referrals", "AWAITING_TRIAGE")).doesNotContain(marked.id());
        assertThat(allIds(ECU, "/api/v1/referrals/overdue-victim-contacts", null)).doesNotContain(marked.id());

        // holding it: the referral, in every list
        ReferralView read = as(ECU_EYES).header("X-Justification", WHY).when().get("/api/v1/referrals/" + ref)
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
        assertThat(read.id()).isEqualTo(marked.id());
        assertThat(read.caveats()).containsExactly("UK_EYES_ONLY");
        assertThat(allIds(ECU_EYES, "/api/v1/referrals", null)).contains(marked.id());
        assertThat(allIds(ECU_EYES, "/api/v1/referrals", "AWAITING_TRIAGE")).contains(marked.id());
        assertThat(allIds(ECU_EYES, "/api/v1/referrals/overdue-victim-contacts", null)).contains(marked.id());
    }

    @Test
    void theQuarterSummaryCountsOnlyTheReferralsTheReaderMaySee() {
        ReferralView open = Referrals.receive(body(reference(), Instant.parse("2004-08-02T09:00:00Z"), false));
        Referrals.triage(open.id(), "FORCE_CID", "FCID", Instant.parse("2004-08-02T11:00:00Z"));
        ReferralView marked = receive(ECU_EYES, eyesOnly(reference(), Instant.parse("2004-08-03T09:00:00Z"), false));
        as(ECU_EYES).body(Map.of("outcome", "ECU_INVESTIGATION", "receivingUnit", "ECU",
                "triagedAt", "2004-08-03T19:00:00Z")).when()
                .post("/api/v1/referrals/" + marked.id() + "/triage").then().statusCode(HttpStatus.SC_OK);

        JsonPath lacking = summary(ECU);
        assertThat(lacking.getLong("victimContact.current.received")).isEqualTo(1);
        assertThat(lacking.getLong("referralsByOutcome.current.ECU_INVESTIGATION")).isZero();
        assertThat(lacking.getLong("timeToTriage.current.triaged")).isEqualTo(1);
        assertThat(lacking.getDouble("timeToTriage.current.medianHours")).isEqualTo(2.0);

        JsonPath holding = summary(ECU_EYES);
        assertThat(holding.getLong("victimContact.current.received")).isEqualTo(2);
        assertThat(holding.getLong("referralsByOutcome.current.ECU_INVESTIGATION")).isEqualTo(1);
        assertThat(holding.getLong("timeToTriage.current.triaged")).isEqualTo(2);
        assertThat(holding.getDouble("timeToTriage.current.medianHours")).isEqualTo(6.0);
    }

    private static JsonPath summary(String token) {
        return as(token).when().get("/api/v1/summary/2004-05/Q2").then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath();
    }

    @Test
    void aForceSystemCannotMarkAReferralAboveWhatItCouldReadAndNothingIsWritten() {
        long referrals = count(dataSource, "SELECT count(*) FROM referral");
        long events = count(dataSource, "SELECT count(*) FROM outbox_event");
        String ref = reference();
        Map<String, Object> caveated = eyesOnly(ref, Instant.parse("2018-09-03T12:00:00Z"), false);
        caveated.put("source", "FORCE_DIRECT");
        caveated.remove("force");
        as(FORCE_WMC).body(caveated).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                .body("type", endsWith("/marking-above-clearance")).body("field", equalTo("caveats"));
        Map<String, Object> secret = body(ref, Instant.parse("2018-09-03T12:00:00Z"), false);
        secret.put("source", "FORCE_DIRECT");
        secret.remove("force");
        secret.put("classification", "SECRET");
        as(FORCE_WMC).body(secret).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY)
                .body("type", endsWith("/marking-above-clearance")).body("field", equalTo("classification"));

        assertThat(count(dataSource, "SELECT count(*) FROM referral WHERE action_fraud_reference = ?", ref)).isZero();
        assertThat(count(dataSource, "SELECT count(*) FROM referral")).isEqualTo(referrals);
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).isEqualTo(events);
    }

    @Test
    void aReplayIsTheSameReferralOnlyWithTheSameMarking() {
        String ref = reference();
        Map<String, Object> original = body(ref, Instant.parse("2018-09-10T12:00:00Z"), false);
        ReferralView first = Referrals.receive(original);
        assertThat(first.classification()).isEqualTo(Classification.OFFICIAL);
        assertThat(first.caveats()).isEmpty();

        Map<String, Object> marked = new java.util.HashMap<>(original);
        marked.put("caveats", List.of("UK_EYES_ONLY"));
        as(ECU_EYES).body(marked).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CONFLICT).body("type", endsWith("/natural-key-conflict"));
        as(ECU_EYES).body(original).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_OK).body("id", equalTo(first.id()));
    }

    @Test
    void markingsAreValidatedLikeEveryOtherField() {
        Map<String, Object> lower = body(reference(), Instant.parse("2018-09-10T12:00:00Z"), false);
        lower.put("caveats", List.of("uk eyes"));
        as(ECU).body(lower).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        Map<String, Object> unknown = body(reference(), Instant.parse("2018-09-10T12:00:00Z"), false);
        unknown.put("classification", "TOP_SECRET");
        as(ECU).body(unknown).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).body("field", equalTo("classification"));
    }
}
