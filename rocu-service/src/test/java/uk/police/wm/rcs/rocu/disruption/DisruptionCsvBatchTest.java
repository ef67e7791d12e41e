package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.batch.Outcome;
import uk.police.wm.rcs.platform.batch.RecordResult;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.JobStatus;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** CSV batches and dry runs: rows checked as JSON claims are, a result per row naming it and its field. */
@QuarkusTest
class DisruptionCsvBatchTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void csvRowsAreCheckedAsJsonClaimsAreAndEachResultNamesItsRowAndField() {
        String ocg = uniqueOcg();
        String archived = archivedOcg();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(claim(ocg));
        rows.add(without(claim(ocg), "claimedImpact"));
        rows.add(with(claim(ocg), "crimeType", "JAYWALKING"));
        rows.add(with(claim(ocg), "disruptedOn", "14/08/2018"));
        rows.add(with(claim(ocg), "ocgReference", "OCG-NOT-REGISTERED"));
        rows.add(with(claim(ocg), "ocgReference", archived));
        rows.add(with(claim(ocg), "narrative", "Synthetic: \"quoted\", with a comma\nand a line break."));

        BatchResult result = CsvBatches.post(Tokens.force("WMP"), CsvBatches.csv(CsvBatches.COLUMNS, rows), "")
                .statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::row).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.PROBLEM, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.CREATED);
        assertThat(result.results().subList(1, 6)).extracting(r -> r.problem().field())
                .containsExactly("claimedImpact", "crimeType", "disruptedOn", "ocgReference", "ocgReference");
        assertThat(result.results().get(4).problem().type()).endsWith("unknown-ocg");
        assertThat(result.results().get(5).problem().type()).endsWith("ocg-archived");
        assertThat(result.results().get(1).reference()).isEqualTo(rows.get(1).get("sourceRecordId"));
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).containsExactlyInAnyOrder(
                result.results().get(0).recordId(), result.results().get(6).recordId());
    }

    @Test
    void aDryRunAnswersWhatTheBatchWouldGiveAndWritesNothing() throws SQLException {
        String subject = "dry-run-" + UUID.randomUUID();
        String token = TestTokens.forSubject(subject).forceSystem("WMP").sign();
        String ocg = uniqueOcg();
        Map<String, Object> before = claim(ocg);
        DisruptionFixtures.post("WMP", before);
        List<Map<String, Object>> rows = List.of(claim(ocg), before, without(claim(ocg), "narrative"), claim(ocg));
        String csv = CsvBatches.csv(CsvBatches.COLUMNS, rows);
        String key = "dry-" + UUID.randomUUID();
        Map<String, Long> counted = counts(subject, ocg);

        BatchResult dry = given().config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).urlEncodingEnabled(false)
                .when().post("/api/v1/disruptions:batch?dryRun=true")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.DUPLICATE, Outcome.PROBLEM, Outcome.CREATED);
        assertThat(dry.results().get(0).recordId()).isNull();
        assertThat(counts(subject, ocg)).isEqualTo(counted);

        // the real run, with the same key: it runs (the dry run kept no key) and gives what the dry run said
        BatchResult real = given().config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).urlEncodingEnabled(false)
                .when().post("/api/v1/disruptions:batch")
                .then().statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(real.dryRun()).isFalse();
        assertThat(real.results()).extracting(RecordResult::outcome)
                .isEqualTo(dry.results().stream().map(RecordResult::outcome).toList());
        Map<String, Long> after = counts(subject, ocg);
        assertThat(after.get("disruptions")).isEqualTo(counted.get("disruptions") + 2);
        assertThat(after.get("events")).isEqualTo(counted.get("events") + 2);
        assertThat(after.get("audit")).isEqualTo(counted.get("audit") + 1);
        assertThat(after.get("keys")).isEqualTo(counted.get("keys") + 1);
    }

    @Test
    void problemsOfTheWholeFileAreProblemsOfTheRequest() {
        String token = Tokens.force("WMP");
        String ocg = uniqueOcg();
        List<String> noImpact = CsvBatches.COLUMNS.stream().filter(c -> !c.equals("claimedImpact")).toList();
        CsvBatches.post(token, CsvBatches.csv(noImpact, List.of(claim(ocg))), "")
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("type", endsWith("missing-column")).body("field", equalTo("claimedImpact"));
        List<String> withColour = new ArrayList<>(CsvBatches.COLUMNS);
        withColour.add("colour");
        CsvBatches.post(token, CsvBatches.csv(withColour, List.of(claim(ocg))), "")
                .statusCode(HttpStatus.SC_BAD_REQUEST).body("type", endsWith("unknown-column"))
                .body("field", equalTo("colour"));
        byte[] latin1 = CsvBatches.csv(CsvBatches.COLUMNS, List.of(with(claim(ocg), "narrative", "Caf\u00e9 raid")))
                .getBytes(StandardCharsets.ISO_8859_1);
        CsvBatches.post(token, "text/csv", latin1, "").statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("type", endsWith("invalid-encoding"));
        CsvBatches.post(token, "text/csv; charset=ISO-8859-1", latin1, "")
                .statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE).contentType("application/problem+json");
        CsvBatches.post(token, "text/plain", latin1, "").statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE)
                .contentType("application/problem+json");
        CsvBatches.post(token, CsvBatches.csv(CsvBatches.COLUMNS, List.of(claim(ocg))), "?dryRun=maybe")
                .statusCode(HttpStatus.SC_BAD_REQUEST).body("field", equalTo("dryRun"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        Map<String, Object> one = claim(ocg);
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(one);
        }
        CsvBatches.post(token, CsvBatches.csv(CsvBatches.COLUMNS, tooMany), "")
                .statusCode(HttpStatus.SC_REQUEST_TOO_LONG).contentType("application/problem+json")
                .body("type", endsWith("batch-too-large"));
        assertThat(DisruptionResourceTest.listIds(Tokens.analyst(), "ocg", ocg)).isEmpty();
    }

    /** The sample the README's first ten minutes dry-run answers as the README says. */
    @Test
    void theCommittedSampleDryRunsAsTheReadmeSays() throws java.io.IOException {
        // the demo data's group, which the sample cites (201, or 409 when the demo data is loaded already)
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(Map.of("reference", "OCG-WMP-0002",
                "name", "Synthetic group 02", "owningForce", "WMP", "leadResponsibleOfficer", "Local Responsible Officer",
                "predominantCrimeType", "DRUGS", "activityLevel", "REGIONAL", "threatBand", "2A"))
                .when().post("/api/v1/ocgs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/disruptions-sample.csv"));

        BatchResult result = CsvBatches.post(Tokens.force("WMP"), "text/csv", sample, "?dryRun=true")
                .statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.CREATED, Outcome.PROBLEM, Outcome.PROBLEM);
        assertThat(result.results().subList(2, 4)).extracting(r -> r.problem().field())
                .containsExactly("ocgReference", "claimedImpact");
    }

    /**
     * 10,000 rows, 3 % of them bad in four ways: a result per row naming the row and the field; a dry run writes
     * nothing, the real run (a job) writes the good rows. Prints how long each took.
     */
    @Test
    void tenThousandRowsWithThreePercentBadGiveAResultPerRowAndTheGoodOnesAreWritten() throws SQLException {
        String ocg = uniqueOcg();
        String token = Tokens.force("WAR");
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<Integer, String> badFieldByRow = new HashMap<>();
        String[][] faults = {{"claimedImpact", null}, {"crimeType", "JAYWALKING"}, {"disruptedOn", "2018-13-45"},
            {"ocgReference", "OCG-NOT-REGISTERED"}};
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> row = claim(ocg);
            if (i % 100 < 3) {
                String[] fault = faults[(i / 100 + i % 100) % faults.length];
                row = fault[1] == null ? without(row, fault[0]) : with(row, fault[0], fault[1]);
                badFieldByRow.put(i + 1, fault[0]);
            }
            rows.add(row);
        }
        String csv = CsvBatches.csv(CsvBatches.COLUMNS, rows);
        Map<String, Long> counted = counts("service-account-force-war", ocg);

        long started = System.nanoTime();
        BatchResult dry = CsvBatches.post(token, csv, "?dryRun=true").statusCode(HttpStatus.SC_OK).extract()
                .as(BatchResult.class);
        System.out.printf("10,000-row CSV, dry run: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEveryRowAnswered(dry, badFieldByRow);
        assertThat(counts("service-account-force-war", ocg)).isEqualTo(counted);

        started = System.nanoTime();
        String location = CsvBatches.post(token, csv, "").statusCode(HttpStatus.SC_ACCEPTED).extract()
                .header("Location");
        BatchJobView done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().auth().oauth2(token).when().get(location).then().statusCode(HttpStatus.SC_OK)
                        .extract().as(BatchJobView.class), job -> job.status() != JobStatus.RUNNING);
        System.out.printf("10,000-row CSV, written as a job: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertEveryRowAnswered(done.result(), badFieldByRow);
        assertThat(counts("service-account-force-war", ocg).get("disruptions"))
                .isEqualTo(counted.get("disruptions") + 9_700);
    }

    private static void assertEveryRowAnswered(BatchResult result, Map<Integer, String> badFieldByRow) {
        assertThat(result.total()).isEqualTo(10_000);
        assertThat(result.problems()).isEqualTo(300);
        assertThat(result.created()).isEqualTo(9_700);
        for (RecordResult r : result.results()) {
            assertThat(r.row()).isEqualTo(r.index() + 1);
            String field = badFieldByRow.get(r.row());
            if (field == null) {
                assertThat(r.outcome()).as("row %d", r.row()).isEqualTo(Outcome.CREATED);
            } else {
                assertThat(r.outcome()).as("row %d", r.row()).isEqualTo(Outcome.PROBLEM);
                assertThat(r.problem().field()).as("row %d", r.row()).isEqualTo(field);
            }
        }
    }

    /** The disruptions citing the group, their events, and the caller's audit entries and idempotency keys. */
    private Map<String, Long> counts(String subject, String ocg) throws SQLException {
        return Map.of("disruptions", count("select count(*) from disruption where ocg_reference = ?", ocg),
                "events", count("select count(*) from outbox_event where data->>'ocgReference' = ?", ocg),
                "audit", count("select count(*) from audit_log where subject = ?", subject),
                "keys", count("select count(*) from idempotency_record where caller_subject = ?", subject));
    }

    private long count(String sql, String parameter) {
        return TestSql.count(dataSource, sql, parameter);
    }

    /** A group of the register that was archived. */
    static String archivedOcg() {
        String reference = "OCG-A-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> ocg = Map.of("reference", reference, "name", "Synthetic group", "owningForce", "WMP",
                "leadResponsibleOfficer", "Local Responsible Officer", "predominantCrimeType", "DRUGS",
                "activityLevel", "LOCAL", "threatBand", "3A");
        var mapped = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(ocg)
                .when().post("/api/v1/ocgs").then().statusCode(HttpStatus.SC_CREATED).extract();
        given().auth().oauth2(Tokens.analyst()).header("If-Match", mapped.header("ETag"))
                .when().post("/api/v1/ocgs/" + mapped.path("id") + "/archive").then().statusCode(HttpStatus.SC_OK);
        return reference;
    }

    static Map<String, Object> with(Map<String, Object> claim, String field, Object value) {
        claim.put(field, value);
        return claim;
    }

    static Map<String, Object> without(Map<String, Object> claim, String field) {
        claim.remove(field);
        return claim;
    }
}
