package uk.police.wm.rcs.ctu.prevent;

import uk.police.wm.rcs.ctu.events.PreventEnums;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.ListedIds;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.CaseView;

/** Prevent cases over HTTP: justified and audited reads (s.62), need-to-know, rules and retention review. */
@QuarkusTest
public class PreventResourceTest {

    static final String PATH = "/api/v1/prevent/cases";
    static final String WHY = "Synthetic test: case review meeting";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    public static Map<String, Object> progress(String stage) {
        Map<String, Object> p = new HashMap<>();
        p.put("stage", stage);
        p.put("safeguarding", false);
        p.put("childProtection", false);
        return p;
    }

    public static Map<String, Object> referral(String referredOn, Map<String, Object> progress) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "PRV-" + UUID.randomUUID());
        body.put("referralSource", "EDUCATION");
        body.put("motivation", "ISLAMIST");
        body.put("referredOn", referredOn);
        body.put("progress", progress);
        return body;
    }

    static CaseView refer(Map<String, Object> body) {
        return given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CREATED).extract().as(CaseView.class);
    }

    private static List<Map<String, Object>> auditOf(String id) {
        return given().auth().oauth2(Callers.auditor()).queryParam("recordId", id)
                .when().get("/api/v1/audit").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items");
    }

    @Test
    void aReadWithoutJustificationIsRefusedAndAuditedAndAReadWithOneIsAudited() {
        CaseView c = refer(referral("2018-05-02", progress("REFERRAL")));
        assertThat(c.retentionReviewOn()).isEqualTo(LocalDate.of(2024, 5, 2));

        given().auth().oauth2(Callers.secretOfficer()).when().get(PATH + "/" + c.id())
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("type", equalTo("https://rcs.wm.police.uk/problems/justification-required"));
        given().auth().oauth2(Callers.secretOfficer()).when().get(PATH)
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY)
                .when().get(PATH + "/" + c.id())
                .then().statusCode(HttpStatus.SC_OK).body("reference", equalTo(c.reference()));

        List<Map<String, Object>> entries = auditOf(c.id());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("operation", "COLLECTION").containsEntry("outcome", "SUCCESS");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("operation", "CONSULTATION").containsEntry("outcome", "REFUSED");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("operation", "CONSULTATION").containsEntry("outcome", "SUCCESS")
                    .containsEntry("justification", WHY).containsEntry("subject", "ctu-officer-secret");
        });

        List<String> listed = given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY)
                .queryParam("limit", 500).when().get(PATH)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);
        assertThat(listed).contains(c.id());
        assertThat(auditOf(c.id()).stream().filter(e -> "CONSULTATION".equals(e.get("operation"))
                && "SUCCESS".equals(e.get("outcome")))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSecretCaseIsInvisibleToAnOfficialSensitiveOfficer() {
        Map<String, Object> body = referral("2018-06-01", progress("SCREENING"));
        body.put("classification", "SECRET");
        CaseView secret = refer(body);
        given().auth().oauth2(Callers.officialSensitiveOfficer()).header("X-Justification", WHY)
                .when().get(PATH + "/" + secret.id()).then().statusCode(HttpStatus.SC_NOT_FOUND);
        List<String> listed = given().auth().oauth2(Callers.officialSensitiveOfficer()).header("X-Justification", WHY)
                .queryParam("limit", 500).when().get(PATH)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items.id", String.class);
        assertThat(listed).doesNotContain(secret.id());
        given().auth().oauth2(Callers.admin()).header("X-Justification", WHY)
                .when().get(PATH + "/" + secret.id()).then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(Callers.viewer("SECRET")).header("X-Justification", WHY)
                .when().get(PATH + "/" + secret.id()).then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void aCaseWithACaveatIsListedAndReadOnlyByReadersHoldingIt() {
        Map<String, Object> body = referral("2018-06-01", progress("SCREENING"));
        body.put("caveats", List.of("UK_EYES_ONLY"));
        ListedIds.assertOnlyCaveatHoldersSee(PATH, refer(body).id(), Map.of("X-Justification", WHY));
    }

    @Test
    void caseRulesAreEnforced() {
        Map<String, Object> child = progress("REFERRAL");
        child.put("safeguarding", true);
        child.put("childProtection", true);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON)
                .body(referral("2018-07-01", child)).when().post(PATH)
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        child.put("safeguardingBoard", "SANDWELL");
        CaseView c = refer(referral("2018-07-01", child));
        assertThat(c.safeguardingBoard()).isEqualTo(PreventEnums.SafeguardingBoard.SANDWELL);

        Map<String, Object> mac = new HashMap<>(child);
        mac.putAll(Map.of("stage", "OUTCOME", "outcome", "MAC_SUPPORT", "outcomeOn", "2020-04-01",
                "macPartner", "STOKE_ON_TRENT_CITY_COUNCIL"));
        String url = PATH + "/" + c.id() + "/progress";
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(mac)
                .header("If-Match", "\"" + c.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        mac.put("outcomeOn", "2019-01-15");
        CaseView done = given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(mac)
                .header("If-Match", "\"" + c.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_OK).extract().as(CaseView.class);
        assertThat(done.macPilotEndsOn()).isEqualTo(LocalDate.of(2020, 3, 31));

        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(child)
                .header("If-Match", "\"" + done.version() + "\"")
                .when().put(url).then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY);
        assertThat(auditOf(c.id())).anySatisfy(e -> assertThat(e).containsEntry("operation", "ALTERATION"));
    }

    @Test
    void aReferenceIsRecordedOnce() {
        Map<String, Object> body = referral("2018-08-01", progress("REFERRAL"));
        refer(body);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
        // the marking, caveats included, is part of the natural key: compared as a set of caveats
        body.put("caveats", List.of("UK_EYES_ONLY"));
        refer(body);
        given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(HttpStatus.SC_CONFLICT);
    }
}
