package uk.police.wm.rcs.ctu.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.CaseView;
import uk.police.wm.rcs.ctu.prevent.PreventResourceTest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The MoPI review of Prevent cases over HTTP: the queue (justified, audited, at the reader's clearance), retain and
 * dispose once per review with If-Match, erasure that is logged and published without anything about the person,
 * and quarter figures that stay as they were.
 */
@QuarkusTest
class ReviewResourceTest {

    static final String WHY = "Synthetic test: MoPI review board";
    static final String CASES = "/api/v1/prevent/cases";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String reviewer(String clearance) {
        return TestTokens.forSubject("records-reviewer-" + clearance.toLowerCase())
                .person(clearance, "records-reviewer").caveats("UK_EYES_ONLY").sign();
    }

    static CaseView refer(String referredOn, String classification, String notes) {
        Map<String, Object> progress = PreventResourceTest.progress("SCREENING");
        progress.put("notes", notes);
        Map<String, Object> body = PreventResourceTest.referral(referredOn, progress);
        body.put("classification", classification);
        return given().auth().oauth2(Callers.secretOfficer()).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(HttpStatus.SC_CREATED).extract().as(CaseView.class);
    }

    static List<String> due(String token) {
        return given().auth().oauth2(token).header("X-Justification", WHY).queryParam("limit", 500)
                .when().get("/api/v1/reviews/due").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items.recordId", String.class);
    }

    static Response decide(String token, String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/reviews/" + id + "/decisions");
    }

    static String etag(String id) {
        return given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY)
                .when().get(CASES + "/" + id).then().statusCode(HttpStatus.SC_OK).extract().header("ETag");
    }

    static List<Map<String, Object>> audit(String id, String operation) {
        return given().auth().oauth2(Callers.auditor()).queryParam("recordId", id).queryParam("operation", operation)
                .when().get("/api/v1/audit").then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items");
    }

    @Test
    void theQueueIsJustifiedAuditedAndAtTheReadersClearance() {
        CaseView secret = refer("2012-05-03", "SECRET", "Synthetic note");
        CaseView sensitive = refer("2012-05-04", "OFFICIAL_SENSITIVE", "Synthetic note");
        CaseView notDue = refer(LocalDate.now().minusYears(1).toString(), "OFFICIAL_SENSITIVE", "Synthetic note");

        given().auth().oauth2(reviewer("SECRET")).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("type", equalTo("https://rcs.wm.police.uk/problems/justification-required"));
        given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        given().header("X-Justification", WHY).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");

        assertThat(due(reviewer("SECRET"))).contains(secret.id(), sensitive.id()).doesNotContain(notDue.id());
        assertThat(due(reviewer("OFFICIAL_SENSITIVE"))).contains(sensitive.id()).doesNotContain(secret.id());
        assertThat(audit(secret.id(), "CONSULTATION")).anySatisfy(e -> assertThat(e)
                .containsEntry("subject", "records-reviewer-secret").containsEntry("justification", WHY));
        // an OFFICIAL_SENSITIVE reviewer cannot decide a SECRET case either: 404, as for a missing one
        decide(reviewer("OFFICIAL_SENSITIVE"), secret.id(), etag(secret.id()),
                Map.of("decision", "DISPOSE", "reason", "Synthetic: no longer needed"))
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void aRetainedCaseGetsItsNextReviewOnceAndLeavesTheQueue() {
        CaseView c = refer("2012-06-05", "OFFICIAL_SENSITIVE", "Synthetic note");
        LocalDate next = LocalDate.now().plusYears(2);
        Map<String, Object> retain = Map.of("decision", "RETAIN", "reason", "Synthetic: linked investigation open",
                "nextReviewOn", next.toString());

        decide(reviewer("SECRET"), c.id(), null, retain).then().statusCode(428).contentType("application/problem+json");
        decide(reviewer("SECRET"), c.id(), "\"999\"", retain).then().statusCode(HttpStatus.SC_PRECONDITION_FAILED)
                .contentType("application/problem+json");
        decide(reviewer("SECRET"), c.id(), etag(c.id()), Map.of("decision", "RETAIN", "reason", "Synthetic"))
                .then().statusCode(422).contentType("application/problem+json");
        decide(reviewer("SECRET"), c.id(), etag(c.id()), retain).then().statusCode(HttpStatus.SC_OK)
                .body("decision", equalTo("RETAIN")).body("nextReviewOn", equalTo(next.toString()))
                .body("reviewDueOn", equalTo("2018-06-05"));

        CaseView after = given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY)
                .when().get(CASES + "/" + c.id()).then().statusCode(HttpStatus.SC_OK).extract().as(CaseView.class);
        assertThat(after.retentionReviewOn()).isEqualTo(next);
        assertThat(after.reference()).isEqualTo(c.reference());
        assertThat(due(reviewer("SECRET"))).doesNotContain(c.id());
        assertThat(audit(c.id(), "ALTERATION")).anySatisfy(e -> assertThat(e)
                .containsEntry("justification", "Synthetic: linked investigation open")
                .containsEntry("subject", "records-reviewer-secret"));
        // the same review again (its ETag is fresh): already decided, the next one is not due
        decide(reviewer("SECRET"), c.id(), etag(c.id()), retain).then().statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rcs.wm.police.uk/problems/review-not-due"));
    }

    @Test
    void aDisposedCaseIsErasedLoggedPublishedWithoutThePersonAndStillCounted() {
        String marker = "Synthetic-person-" + UUID.randomUUID();
        CaseView c = refer("2012-08-01", "OFFICIAL_SENSITIVE", "About " + marker);
        String summaryBefore = summary();

        decide(reviewer("SECRET"), c.id(), etag(c.id()),
                Map.of("decision", "DISPOSE", "reason", "Synthetic: review period passed, no further need"))
                .then().statusCode(HttpStatus.SC_OK).body("decision", equalTo("DISPOSE"));

        CaseView after = given().auth().oauth2(Callers.secretOfficer()).header("X-Justification", WHY)
                .when().get(CASES + "/" + c.id()).then().statusCode(HttpStatus.SC_OK).extract().as(CaseView.class);
        assertThat(after.notes()).isNull();
        assertThat(after.reference()).isNotEqualTo(c.reference()).doesNotContain(c.reference());
        assertThat(after.referralSource()).isEqualTo(c.referralSource());
        assertThat(summary()).isEqualTo(summaryBefore);
        assertThat(due(reviewer("SECRET"))).doesNotContain(c.id());
        assertThat(audit(c.id(), "ERASURE")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("subject", "records-reviewer-secret").containsEntry("recordType", "prevent_case")
                .containsEntry("justification", "Synthetic: review period passed, no further need"));
        decide(reviewer("SECRET"), c.id(), etag(c.id()), Map.of("decision", "DISPOSE", "reason", "Synthetic again"))
                .then().statusCode(HttpStatus.SC_CONFLICT).contentType("application/problem+json")
                .body("type", equalTo("https://rcs.wm.police.uk/problems/review-already-decided"));

        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "ctu.events",
                seen -> seen.stream().anyMatch(r -> c.id().equals(r.key())
                        && "uk.police.wm.ctu.record.disposed.v1".equals(r.value().getType()))
                        && seen.stream().anyMatch(r -> c.id().equals(r.key())
                        && "uk.police.wm.ctu.review.decided.v1".equals(r.value().getType())),
                Duration.ofSeconds(30));
        for (ConsumerRecord<String, CloudEvent> r : events) {
            if (c.id().equals(r.key())) {
                EventContracts.assertValid(r);
                assertThat(EventContracts.dataOf(r)).doesNotContain(marker, c.reference(), "Synthetic:");
                assertThat(EventContracts.header(r, "ce_classification")).isEqualTo("OFFICIAL_SENSITIVE");
            }
        }
    }

    @Test
    void theReportCountsDueReviewedRetainedAndDisposedPerQuarter() {
        FinancialQuarter now = FinancialQuarter.of(LocalDate.now());
        int today = now.quarter() - 1;
        // referred in 2011-12 Q1: its review fell due in 2017-18 Q1
        int dueBefore = count(report("2017-18"), 0, "due");
        CaseView kept = refer("2011-05-10", "OFFICIAL_SENSITIVE", "Synthetic note");
        CaseView gone = refer("2011-05-11", "OFFICIAL_SENSITIVE", "Synthetic note");
        assertThat(count(report("2017-18"), 0, "due")).isEqualTo(dueBefore + 2);
        Map<String, Object> before = report(now.financialYear());

        decide(reviewer("SECRET"), kept.id(), etag(kept.id()), Map.of("decision", "RETAIN", "reason", "Synthetic",
                "nextReviewOn", LocalDate.now().plusYears(1).toString())).then().statusCode(HttpStatus.SC_OK);
        decide(reviewer("SECRET"), gone.id(), etag(gone.id()), Map.of("decision", "DISPOSE", "reason", "Synthetic"))
                .then().statusCode(HttpStatus.SC_OK);

        // both reviews still fell due in 2017-18 Q1, and were decided this quarter
        assertThat(count(report("2017-18"), 0, "due")).isEqualTo(dueBefore + 2);
        Map<String, Object> after = report(now.financialYear());
        assertThat(count(after, today, "reviewed")).isEqualTo(count(before, today, "reviewed") + 2);
        assertThat(count(after, today, "retained")).isEqualTo(count(before, today, "retained") + 1);
        assertThat(count(after, today, "disposed")).isEqualTo(count(before, today, "disposed") + 1);
        given().auth().oauth2(Callers.viewer("SECRET")).queryParam("financialYear", "2017-18")
                .when().get("/api/v1/reviews/report").then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static int count(Map<String, Object> report, int quarter, String figure) {
        return (Integer) ((List<Map<String, Object>>) report.get("quarters")).get(quarter).get(figure);
    }

    private static Map<String, Object> report(String year) {
        return given().auth().oauth2(Callers.auditor()).queryParam("financialYear", year)
                .when().get("/api/v1/reviews/report").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getMap("");
    }

    private static String summary() {
        return given().auth().oauth2(Callers.secretOfficer()).when().get("/api/v1/summary/2012-13/Q2")
                .then().statusCode(HttpStatus.SC_OK).extract().asString();
    }
}
