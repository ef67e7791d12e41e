package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.JobStatus;
import uk.police.wm.rcs.platform.batch.Outcome;
import uk.police.wm.rcs.platform.batch.RecordResult;

/** The batch import: per-record results, nothing written for a bad record, NDJSON, and jobs for large batches. */
@QuarkusTest
class DisruptionBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;
    private static final RestAssuredConfig NDJSON_AS_TEXT = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson", ContentType.TEXT));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void eachRecordGetsItsOwnResultAndOnlyTheGoodOnesAreWritten() {
        String ocg = uniqueOcg();
        Map<String, Object> existing = claim(ocg);
        String existingId = post("WMP", existing).id();
        Map<String, Object> good1 = claim(ocg);
        Map<String, Object> good2 = claim(ocg);
        Map<String, Object> missingImpact = claim(ocg);
        missingImpact.remove("claimedImpact");
        Map<String, Object> badEnum = claim(ocg);
        badEnum.put("crimeType", "JAYWALKING");
        Map<String, Object> otherForce = claim(ocg);
        otherForce.put("force", "STA");
        Map<String, Object> changedExisting = new java.util.HashMap<>(existing);
        changedExisting.put("narrative", "Synthetic: changed after the first claim.");

        BatchResult result = given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                .body(List.of(good1, missingImpact, existing, badEnum, good2, otherForce, good1, changedExisting))
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(result.total()).isEqualTo(8);
        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.PROBLEM, Outcome.DUPLICATE, Outcome.PROBLEM, Outcome.CREATED, Outcome.PROBLEM,
                Outcome.DUPLICATE, Outcome.PROBLEM);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(result.problems()).isEqualTo(4);
        assertThat(result.results().get(1).problem().violations()).extracting("field").contains("claimedImpact");
        // an unknown enum value is the record's content, refused as that record's 422 (the batch itself is fine)
        assertThat(result.results().get(3).problem().status()).isEqualTo(422);
        assertThat(result.results().get(3).problem().field()).isEqualTo("crimeType");
        assertThat(result.results().get(5).problem().status()).isEqualTo(403);
        assertThat(result.results().get(7).problem().status()).isEqualTo(409);
        assertThat(result.results().get(2).recordId()).isEqualTo(existingId);
        assertThat(result.results().get(6).recordId()).isEqualTo(result.results().get(0).recordId());
        assertThat(result.results().get(0).reference()).isEqualTo(good1.get("sourceRecordId"));

        List<String> written = DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg);
        assertThat(written).containsExactlyInAnyOrder(existingId, result.results().get(0).recordId(),
                result.results().get(4).recordId());

        // the caller resends only the failures, fixed: they are created, the rest stay as they were
        missingImpact.put("claimedImpact", "MINOR");
        badEnum.put("crimeType", "OTHER");
        BatchResult resent = given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                .body(List.of(missingImpact, badEnum)).urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(resent.created()).isEqualTo(2);
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).hasSize(5);
    }

    @Test
    void aRecordPostgresqlCannotStoreIsThatRecordsProblemAndTheOthersAreCreated() {
        // a NUL character in free text, and a year PostgreSQL's date cannot hold: each passes JSON and Java
        // and (issue 13) a right-to-left override, a C1 control, a 100,000-character string where the field has no
        // room for it, a number for a string, and a member the claim does not have
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("narrative", "Synthetic: a NUL \0 in the text."),
                Map.entry("disruptedOn", "-10000-01-01"),
                Map.entry("narrative", "Synthetic: invoice\u202egpj.exe"),
                Map.entry("narrative", "Synthetic: C1 \u0085 next line"),
                Map.entry("narrative", "x".repeat(100_000)),
                Map.entry("ocgReference", 12345),
                Map.entry("informantName", "A. Person"))) {
            String ocg = uniqueOcg();
            Map<String, Object> first = claim(ocg);
            Map<String, Object> middle = claim(ocg);
            Map<String, Object> last = claim(ocg);
            middle.put(bad.getKey(), bad.getValue());

            BatchResult result = batch(List.of(first, middle, last));

            assertThat(result.results()).as(bad.getKey()).extracting(RecordResult::outcome)
                    .containsExactly(Outcome.CREATED, Outcome.PROBLEM, Outcome.CREATED);
            assertThat(result.results().get(1).problem().status()).isEqualTo(422);
            assertThat(result.results().get(1).problem().field()).isEqualTo(bad.getKey());
            String firstId = result.results().get(0).recordId();
            String lastId = result.results().get(2).recordId();
            assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg))
                    .containsExactlyInAnyOrder(firstId, lastId);

            // resending the good ones replays them: the same records, not new ones
            BatchResult resent = batch(List.of(first, last));
            assertThat(resent.results()).extracting(RecordResult::outcome)
                    .containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE);
            assertThat(resent.results()).extracting(RecordResult::recordId).containsExactly(firstId, lastId);
        }
    }

    @Test
    void aRecordMarkedWithACaveatTheForceDoesNotHoldIsThatRecordsProblem() {
        String ocg = uniqueOcg();
        Map<String, Object> caveated = claim(ocg);
        caveated.put("caveats", List.of("UK_EYES_ONLY"));
        BatchResult result = batch(List.of(claim(ocg), caveated));

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED, Outcome.PROBLEM);
        assertThat(result.results().get(1).problem().status()).isEqualTo(422);
        assertThat(result.results().get(1).problem().type()).endsWith("marking-above-clearance");
        assertThat(result.results().get(1).problem().field()).isEqualTo("caveats");
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).hasSize(1);
    }

    private static BatchResult batch(List<Map<String, Object>> records) {
        return given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(records)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
    }

    @Test
    void aChunkThatFailsAfterItsRowsWereWrittenLeavesNothingOfItBehind() throws Exception {
        String subject = "batch-chunk-failure";
        String token = TestTokens.forSubject(subject).forceSystem("WMP").sign();
        String ocg = uniqueOcg();
        List<Map<String, Object>> records = List.of(claim(ocg), claim(ocg), claim(ocg));
        // the chunk's last write (its audit entry) fails, after its disruptions and events went in
        sql("CREATE FUNCTION test_fail_chunk() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'test: the chunk fails after its rows were written'; END $$",
                "CREATE TRIGGER test_fail_chunk BEFORE INSERT ON audit_log FOR EACH ROW"
                        + " WHEN (NEW.subject = '" + subject + "') EXECUTE FUNCTION test_fail_chunk()");
        BatchResult failed;
        try {
            failed = given().auth().oauth2(token).contentType(ContentType.JSON).body(records)
                    .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                    .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        } finally {
            sql("DROP TRIGGER test_fail_chunk ON audit_log", "DROP FUNCTION test_fail_chunk()");
        }

        assertThat(failed.created()).isZero();
        assertThat(failed.results()).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.PROBLEM);
            assertThat(r.problem().status()).isEqualTo(503);
        });
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).isEmpty();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE data->>'ocgReference' = ?", ocg)).isZero();

        BatchResult resent = given().auth().oauth2(token).contentType(ContentType.JSON).body(records)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(resent.created()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE data->>'ocgReference' = ?", ocg)).isEqualTo(3);
    }

    private void sql(String... statements) {
        TestSql.execute(dataSource, statements);
    }

    private long count(String sql, String parameter) {
        return TestSql.count(dataSource, sql, parameter);
    }

    @Test
    void ndjsonIsAcceptedLineByLine() throws Exception {
        String ocg = uniqueOcg();
        String body = JSON.writeValueAsString(claim(ocg)) + "\n\n" + JSON.writeValueAsString(claim(ocg)) + "\n"
                + "{not json}\n";
        given().config(NDJSON_AS_TEXT).auth().oauth2(Tokens.force("WAR")).contentType("application/x-ndjson").body(body)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).isEmpty();

        String good = JSON.writeValueAsString(claim(ocg)) + "\n" + JSON.writeValueAsString(claim(ocg)) + "\n";
        BatchResult result = given().config(NDJSON_AS_TEXT).auth().oauth2(Tokens.force("WAR")).contentType("application/x-ndjson").body(good)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(result.created()).isEqualTo(2);
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).hasSize(2);
    }

    @Test
    void aLargeBatchRunsAsAJobReportingProgressAndTheResult() {
        String ocg = uniqueOcg();
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            records.add(claim(ocg));
        }
        Map<String, Object> bad = claim(ocg);
        bad.remove("narrative");
        records.add(bad);

        var accepted = given().auth().oauth2(Tokens.force("STA")).contentType(ContentType.JSON).body(records)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_ACCEPTED).extract();
        String location = accepted.header("Location");
        assertThat(accepted.as(BatchJobView.class).total()).isEqualTo(121);

        given().auth().oauth2(Tokens.force("WMP")).when().get(location).then().statusCode(HttpStatus.SC_NOT_FOUND);
        BatchJobView done = await().atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(Tokens.force("STA")).when().get(location)
                        .then().statusCode(HttpStatus.SC_OK).extract().as(BatchJobView.class),
                job -> job.status() != JobStatus.RUNNING);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.processed()).isEqualTo(121);
        assertThat(done.result().created()).isEqualTo(120);
        assertThat(done.result().problems()).isEqualTo(1);
        assertThat(done.result().results().get(120).outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).hasSize(120);
    }

    @Test
    void aBatchAboveTheLimitOrFromANonForceCallerIsRefusedWhole() {
        String tooMany = Collections.nCopies(10_001, "{}").stream().collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body(tooMany)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]").urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(List.of(claim(uniqueOcg())))
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON).body("{\"a\":1}")
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }
}
