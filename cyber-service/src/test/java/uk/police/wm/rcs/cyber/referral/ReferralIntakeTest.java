package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.CrimeClass;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import uk.police.wm.rcs.cyber.events.VictimType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMC;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMP;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.stack.testing.TestSql.count;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.stack.testing.TestTokens;
import uk.police.wm.rcs.platform.security.Force;

/** Referral intake over HTTP against real PostgreSQL: fields, duplicates, force scoping and refusals. */
@QuarkusTest
class ReferralIntakeTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private long referralsWith(String reference) {
        return count(dataSource, "SELECT count(*) FROM referral WHERE action_fraud_reference = ?", reference);
    }

    @Test
    void aReferralKeepsEveryFieldWithItsContactDeadlineAndRetentionReviewDate() {
        Instant received = Instant.parse("2018-07-02T10:15:00Z");
        String ref = reference();
        ReferralView view = as(ECU).body(body(ref, received, true)).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/referrals/"))
                .extract().as(ReferralView.class);

        assertThat(view.actionFraudReference()).isEqualTo(ref);
        assertThat(view.source()).isEqualTo(ReferralSource.ACTION_FRAUD);
        assertThat(view.force()).isEqualTo(Force.WMP);
        assertThat(view.crimeClass()).isEqualTo(CrimeClass.CYBER_ENABLED);
        assertThat(view.victimType()).isEqualTo(VictimType.INDIVIDUAL);
        assertThat(view.vulnerableVictim()).isTrue();
        assertThat(view.vulnerability()).isEqualTo(Vulnerability.ELDERLY);
        assertThat(view.reportedLoss()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(view.receivedAt()).isEqualTo(received);
        assertThat(view.triageOutcome()).isNull();
        assertThat(view.awaitingActionFraud()).isFalse();
        // rcs.cyber.vulnerable-contact-days=2, rcs.review.rules.referral.period=P6Y
        assertThat(view.contactDueBy()).isEqualTo(LocalDate.of(2018, 7, 4));
        assertThat(view.retentionReviewOn()).isEqualTo(LocalDate.of(2024, 7, 2));

        ReferralView notVulnerable = Referrals.receive(body(reference(), received, false));
        assertThat(notVulnerable.contactDueBy()).isNull();
    }

    @Test
    void theSameReferenceTwiceNeverMakesASecondReferral() {
        String ref = reference();
        Map<String, Object> original = body(ref, Instant.parse("2018-08-01T08:00:00Z"), false);
        ReferralView first = Referrals.receive(original);

        ReferralView again = as(ECU).body(original).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
        assertThat(again.id()).isEqualTo(first.id());

        Map<String, Object> different = body(ref, Instant.parse("2018-08-01T08:00:00Z"), false);
        different.put("reportedLoss", new BigDecimal("99.00"));
        as(ECU).body(different).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/natural-key-conflict"))
                .body("detail", org.hamcrest.Matchers.equalTo("Action Fraud reference " + first.actionFraudReference()
                        + " was already taken in with different content."))
                .body("field", org.hamcrest.Matchers.equalTo("actionFraudReference"));
        assertThat(referralsWith(ref)).isEqualTo(1);
    }

    @Test
    void aForceSystemRecordsDirectReportsForItsOwnForceOnlyAndTracksSendingThemToActionFraud() {
        String ref = reference();
        Map<String, Object> direct = body(ref, Instant.parse("2018-09-03T12:00:00Z"), false);
        direct.put("source", "FORCE_DIRECT");
        direct.remove("force");
        ReferralView view = as(FORCE_WMC).body(direct).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(ReferralView.class);
        assertThat(view.force()).isEqualTo(Force.WMC);
        assertThat(view.awaitingActionFraud()).isTrue();

        String otherRef = reference();
        Map<String, Object> forOtherForce = body(otherRef, Instant.parse("2018-09-03T12:00:00Z"), false);
        forOtherForce.put("source", "FORCE_DIRECT");
        as(FORCE_WMC).body(forOtherForce).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        Map<String, Object> fromActionFraud = body(otherRef, Instant.parse("2018-09-03T12:00:00Z"), false);
        fromActionFraud.put("force", "WMC");
        as(FORCE_WMC).body(fromActionFraud).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(referralsWith(otherRef)).isZero();

        // another force's system cannot see it, nor act on it: the same 404 as a missing referral
        as(FORCE_WMP).header("X-Justification", Referrals.WHY).when().get("/api/v1/referrals/" + view.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        as(FORCE_WMP).body(Map.of("sentOn", "2018-09-04")).when()
                .post("/api/v1/referrals/" + view.id() + "/sent-to-action-fraud")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(as(FORCE_WMP).header("X-Justification", Referrals.WHY).queryParam("queue", "AWAITING_ACTION_FRAUD")
                .queryParam("limit", 500).when().get("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.force", String.class))
                .doesNotContain("WMC");
        assertThat(as(FORCE_WMC).header("X-Justification", Referrals.WHY).queryParam("queue", "AWAITING_ACTION_FRAUD")
                .queryParam("limit", 500).when().get("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class))
                .contains(view.id());

        ReferralView sent = as(FORCE_WMC).body(Map.of("sentOn", "2018-09-04")).when()
                .post("/api/v1/referrals/" + view.id() + "/sent-to-action-fraud")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
        assertThat(sent.awaitingActionFraud()).isFalse();
        assertThat(sent.sentToActionFraudOn()).isEqualTo(LocalDate.of(2018, 9, 4));
        as(FORCE_WMC).body(Map.of("sentOn", "2018-09-05")).when()
                .post("/api/v1/referrals/" + view.id() + "/sent-to-action-fraud")
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    @Test
    void aForceSystemIsForceScopedWhateverOtherRolesItsClientHolds() {
        // a machine client with the force-recorder role is a force system (platform ForceScope), even if its
        // client was also given the cyber officers' role
        String wmcWithOfficerRole = TestTokens.forSubject("service-account-force-wmc-2").forceSystem("WMC")
                .roles("force-recorder", "machine", "cyber-officer").sign();
        String ref = reference();
        Map<String, Object> forOtherForce = body(ref, Instant.parse("2018-09-03T12:00:00Z"), false);
        forOtherForce.put("source", "FORCE_DIRECT");
        as(wmcWithOfficerRole).body(forOtherForce).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        assertThat(referralsWith(ref)).isZero();

        ReferralView wmp = Referrals.receive(body(reference(), Instant.parse("2018-09-03T12:00:00Z"), false));
        as(wmcWithOfficerRole).header("X-Justification", Referrals.WHY).when().get("/api/v1/referrals/" + wmp.id())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void onlyTheEcuAndForceSystemsRecordReferrals() {
        String ref = reference();
        RestAssured.given().contentType(ContentType.JSON).body(body(ref, Instant.now(), false))
                .when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
        as(VIEWER).body(body(ref, Instant.now(), false)).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        as(VIEWER).header("X-Justification", Referrals.WHY).when().get("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(referralsWith(ref)).isZero();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        long referrals = count(dataSource, "SELECT count(*) FROM referral");
        long events = count(dataSource, "SELECT count(*) FROM outbox_event");
        String ref = reference();

        Map<String, Object> missing = body(ref, Instant.parse("2018-07-01T10:00:00Z"), false);
        missing.remove("crimeClass");
        as(ECU).body(missing).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("violations.field", hasItem("crimeClass"));
        Map<String, Object> badEnum = body(ref, Instant.parse("2018-07-01T10:00:00Z"), false);
        badEnum.put("crimeClass", "CYBER_ADJACENT");
        as(ECU).body(badEnum).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).body("field", equalTo("crimeClass"));
        Map<String, Object> negative = body(ref, Instant.parse("2018-07-01T10:00:00Z"), false);
        negative.put("reportedLoss", new BigDecimal("-5"));
        as(ECU).body(negative).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).body("violations.field", hasItem("reportedLoss"));
        Map<String, Object> future = body(ref, Instant.now().plusSeconds(86_400), false);
        as(ECU).body(future).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json");
        Map<String, Object> noForce = body(ref, Instant.parse("2018-07-01T10:00:00Z"), false);
        noForce.remove("force");
        as(ECU).body(noForce).when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(ECU).body("{\"actionFraudReference\": ").when().post("/api/v1/referrals")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");

        assertThat(count(dataSource, "SELECT count(*) FROM referral")).isEqualTo(referrals);
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).isEqualTo(events);
        assertThat(referralsWith(ref)).isZero();
    }
}
