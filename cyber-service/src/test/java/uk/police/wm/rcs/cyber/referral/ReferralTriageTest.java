package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.TriageOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.AUDITOR;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.FORCE_WMP;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.WHY;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;

/** Triage once with audited corrections, the vulnerable-victim contact deadline, and justified, audited reads. */
@QuarkusTest
class ReferralTriageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath audit(String recordId, String operation) {
        return RestAssured.given().auth().oauth2(AUDITOR).queryParam("recordType", "referral")
                .queryParam("recordId", recordId).queryParam("operation", operation)
                .when().get("/api/v1/audit").then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    @Test
    void aReferralIsTriagedOnceAndACorrectionIsExplicitAndAudited() {
        ReferralView r = Referrals.receive(body(reference(), Instant.parse("2018-10-01T09:00:00Z"), false));
        ReferralView triaged = Referrals.triage(r.id(), "FORCE_CID", "FCID Birmingham",
                Instant.parse("2018-10-01T13:00:00Z"));
        assertThat(triaged.triageOutcome()).isEqualTo(TriageOutcome.FORCE_CID);
        assertThat(triaged.receivingUnit()).isEqualTo("FCID Birmingham");
        assertThat(triaged.triagedAt()).isEqualTo(Instant.parse("2018-10-01T13:00:00Z"));

        as(ECU).body(Map.of("outcome", "ECU_INVESTIGATION", "receivingUnit", "ECU")).when()
                .post("/api/v1/referrals/" + r.id() + "/triage")
                .then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json");
        as(FORCE_WMP).body(Map.of("outcome", "ECU_INVESTIGATION", "receivingUnit", "ECU")).when()
                .post("/api/v1/referrals/" + r.id() + "/triage").then().statusCode(HttpStatus.SC_FORBIDDEN);

        Map<String, Object> correction = Map.of("outcome", "PUBLIC_PROTECTION_UNIT", "receivingUnit", "PPU Coventry",
                "reason", "Primary offence is harassment of a vulnerable adult");
        as(ECU).body(correction).when().post("/api/v1/referrals/" + r.id() + "/triage-correction")
                .then().statusCode(jakarta.ws.rs.core.Response.Status.PRECONDITION_REQUIRED.getStatusCode());
        as(ECU).header("If-Match", "\"" + (triaged.version() + 7) + "\"").body(correction).when()
                .post("/api/v1/referrals/" + r.id() + "/triage-correction")
                .then().statusCode(HttpStatus.SC_PRECONDITION_FAILED);
        ReferralView corrected = as(ECU).header("If-Match", "\"" + triaged.version() + "\"").body(correction).when()
                .post("/api/v1/referrals/" + r.id() + "/triage-correction")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
        assertThat(corrected.triageOutcome()).isEqualTo(TriageOutcome.PUBLIC_PROTECTION_UNIT);
        assertThat(corrected.triageCorrections()).isEqualTo(1);
        assertThat(corrected.triagedAt()).isEqualTo(triaged.triagedAt());

        List<String> reasons = audit(r.id(), "ALTERATION").getList("items.justification", String.class);
        assertThat(reasons).anySatisfy(j -> assertThat(j)
                .contains("FORCE_CID -> PUBLIC_PROTECTION_UNIT").contains("harassment of a vulnerable adult"));
    }

    @Test
    void aCorrectionNeedsATriageFirstAndEveryOutcomeButNfaNeedsAUnit() {
        ReferralView r = Referrals.receive(body(reference(), Instant.parse("2018-10-02T09:00:00Z"), false));
        as(ECU).header("If-Match", "\"" + r.version() + "\"")
                .body(Map.of("outcome", "FORCE_CID", "receivingUnit", "FCID", "reason", "Wrong unit chosen at first"))
                .when().post("/api/v1/referrals/" + r.id() + "/triage-correction")
                .then().statusCode(HttpStatus.SC_CONFLICT);
        as(ECU).body(Map.of("outcome", "ECU_INVESTIGATION")).when().post("/api/v1/referrals/" + r.id() + "/triage")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        as(ECU).body(Map.of("outcome", "FORCE_CID", "receivingUnit", "FCID", "triagedAt", "2018-10-01T00:00:00Z"))
                .when().post("/api/v1/referrals/" + r.id() + "/triage")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        assertThat(Referrals.triage(r.id(), "NO_FURTHER_ACTION", null, null).receivingUnit()).isNull();
    }

    @Test
    void vulnerableVictimsPastTheirContactDeadlineAreTheOverdueQuery() {
        Instant now = Instant.now();
        ReferralView overdue = Referrals.receive(body(reference(), now.minus(5, ChronoUnit.DAYS), true));
        ReferralView stillInTime = Referrals.receive(body(reference(), now.minus(1, ChronoUnit.HOURS), true));
        ReferralView notVulnerable = Referrals.receive(body(reference(), now.minus(5, ChronoUnit.DAYS), false));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(overdue.contactDueBy()).isBefore(today);
        assertThat(stillInTime.contactDueBy()).isAfterOrEqualTo(today);

        assertThat(overdueIds(ECU)).contains(overdue.id()).doesNotContain(stillInTime.id(), notVulnerable.id());
        assertThat(overdueIds(FORCE_WMP)).contains(overdue.id());
        assertThat(overdueIds(Referrals.FORCE_WMC)).doesNotContain(overdue.id());
        as(ECU).when().get("/api/v1/referrals/overdue-victim-contacts")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");

        ReferralView contacted = as(ECU).body(Map.of("contactedOn", today.toString())).when()
                .post("/api/v1/referrals/" + overdue.id() + "/victim-contact")
                .then().statusCode(HttpStatus.SC_OK).extract().as(ReferralView.class);
        assertThat(contacted.victimContactedOn()).isEqualTo(today);
        assertThat(overdueIds(ECU)).doesNotContain(overdue.id());
        as(ECU).body(Map.of("contactedOn", today.toString())).when()
                .post("/api/v1/referrals/" + overdue.id() + "/victim-contact")
                .then().statusCode(HttpStatus.SC_CONFLICT);
        as(ECU).body(Map.of("contactedOn", today.plusDays(3).toString())).when()
                .post("/api/v1/referrals/" + stillInTime.id() + "/victim-contact")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
    }

    private static List<String> overdueIds(String token) {
        return as(token).header("X-Justification", WHY).queryParam("limit", 500).when()
                .get("/api/v1/referrals/overdue-victim-contacts")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void readingAReferralNeedsAJustificationAndIsAudited() {
        ReferralView r = Referrals.receive(body(reference(), Instant.parse("2018-11-05T09:00:00Z"), true));
        as(ECU).when().get("/api/v1/referrals/" + r.id())
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/justification-required"));
        assertThat(audit(r.id(), "CONSULTATION").getList("items.outcome", String.class)).containsExactly("REFUSED");

        ReferralView read = as(ECU).header("X-Justification", WHY).when().get("/api/v1/referrals/" + r.id())
                .then().statusCode(HttpStatus.SC_OK).header("ETag", "\"" + r.version() + "\"")
                .extract().as(ReferralView.class);
        assertThat(read.id()).isEqualTo(r.id());
        JsonPath consultations = audit(r.id(), "CONSULTATION");
        assertThat(consultations.getList("items.justification", String.class)).contains(WHY);
        assertThat(consultations.getList("items.subject", String.class)).contains("ecu-officer-1");
        assertThat(audit(r.id(), "COLLECTION").getList("items")).hasSize(1);

        as(VIEWER).header("X-Justification", WHY).when().get("/api/v1/referrals/" + r.id())
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        RestAssured.given().when().get("/api/v1/referrals/" + r.id()).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void theEcuCanAddressAReferralByItsActionFraudReference() {
        String ref = reference();
        ReferralView r = Referrals.receive(body(ref, Instant.parse("2018-11-06T09:00:00Z"), false));
        ReferralView triaged = Referrals.triage(ref.toLowerCase(), "VICTIM_CARE_ONLY", "Victim care hub", null);
        assertThat(triaged.id()).isEqualTo(r.id());
        as(Referrals.FORCE_WMC).header("X-Justification", WHY).when().get("/api/v1/referrals/" + ref)
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }
}
