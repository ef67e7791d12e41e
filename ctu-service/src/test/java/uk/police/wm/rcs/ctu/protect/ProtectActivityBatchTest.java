package uk.police.wm.rcs.ctu.protect;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.batch.Outcome;
import uk.police.wm.rcs.platform.batch.RecordResult;
import uk.police.wm.rcs.stack.testing.TestSql;

/** Protect activities in batches: rows recorded as single posts are, dry runs writing nothing, safe retries. */
@QuarkusTest
class ProtectActivityBatchTest {

    private static final String PATH = "/api/v1/protect/activities:batch";
    private static final List<String> COLUMNS = List.of("reference", "kind", "siteType", "attendees", "deliveredOn");
    private static final RestAssuredConfig AS_BYTES = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCsvDryRunWritesNothingThenTheRealRunWritesTheGoodRowsAndARetryIsDuplicates() throws Exception {
        String batch = "CSV-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(visit(batch + "-1", "2018-05-14"));
        rows.add(without(visit(batch + "-2", "2018-05-14"), "kind"));
        rows.add(with(visit(batch + "-3", "2018-05-14"), "kind", "PICNIC"));
        rows.add(visit(batch + "-4", "14/05/2018"));
        Map<String, Object> training = without(visit(batch + "-5", "2018-05-15"), "siteType");
        training.put("kind", "AWARENESS_TRAINING");
        training.put("attendees", "forty");
        rows.add(training);
        Map<String, Object> goodTraining = new HashMap<>(training);
        goodTraining.put("reference", batch + "-6");
        goodTraining.put("attendees", 40);
        rows.add(goodTraining);
        rows.add(with(visit(batch + "-7", "2018-05-14"), "attendees", 3));
        String csv = csv(rows);
        String token = Callers.forceSystem("WAR");
        Map<String, Long> before = counts(batch);

        BatchResult dry = post(token, csv, "?dryRun=true").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        List<Outcome> expected = List.of(Outcome.CREATED, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.PROBLEM,
                Outcome.PROBLEM, Outcome.CREATED, Outcome.PROBLEM);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.results()).extracting(RecordResult::outcome).isEqualTo(expected);
        assertThat(dry.results()).extracting(RecordResult::row).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(dry.results()).filteredOn(r -> r.outcome() == Outcome.PROBLEM).extracting(r -> r.problem().field())
                .containsExactly("kind", "kind", "deliveredOn", "attendees", "attendees");
        assertThat(counts(batch)).isEqualTo(before);

        BatchResult real = post(token, csv, "").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(real.results()).extracting(RecordResult::outcome).isEqualTo(expected);
        assertThat(counts(batch).get("activities")).isEqualTo(before.get("activities") + 2);
        assertThat(counts(batch).get("events")).isEqualTo(before.get("events") + 2);

        // the same file again: the same activities, none new
        BatchResult retried = post(token, csv, "").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(retried.created()).isZero();
        assertThat(retried.duplicates()).isEqualTo(2);
        assertThat(retried.results().get(0).recordId()).isEqualTo(real.results().get(0).recordId());
        assertThat(counts(batch).get("activities")).isEqualTo(before.get("activities") + 2);
    }

    @Test
    void aJsonBatchFollowsTheSinglePostsForceRuleAndAnotherForceIsThatRecordsProblem() {
        Map<String, Object> own = visit("JSON-" + UUID.randomUUID(), "2018-05-14");
        Map<String, Object> other = with(visit("JSON-" + UUID.randomUUID(), "2018-05-14"), "force", "STA");
        BatchResult result = given().auth().oauth2(Callers.forceSystem("WMP")).contentType(ContentType.JSON)
                .body(List.of(own, other)).urlEncodingEnabled(false).when().post(PATH).then()
                .statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.PROBLEM);
        assertThat(result.results().get(1).problem().status()).isEqualTo(403);
        assertThat(result.results().get(1).problem().field()).isEqualTo("force");
    }

    @Test
    void aCsvWithoutARequiredColumnIsA400NamingIt() throws IOException {
        String noKind = csv(List.of(visit("X-1", "2018-05-14"))).replaceFirst("kind,", "")
                .replaceFirst(",CTSA_VISIT", "");
        post(Callers.forceSystem("WMP"), noKind, "").statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("type", endsWith("missing-column"))
                .body("field", equalTo("kind"));
    }

    /** The sample the README's first ten minutes dry-run answers as the README says. */
    @Test
    void theCommittedSampleDryRunsAsTheReadmeSays() throws IOException {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("docs/protect-activities-sample.csv"));

        BatchResult result = post(Callers.forceSystem("WMP"), sample, "?dryRun=true").statusCode(HttpStatus.SC_OK)
                .extract().as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.CREATED, Outcome.PROBLEM, Outcome.PROBLEM);
        assertThat(result.results().subList(2, 4)).extracting(r -> r.problem().field())
                .containsExactly("siteType", "siteType");
    }

    private static Map<String, Object> visit(String reference, String deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("kind", "CTSA_VISIT");
        body.put("siteType", "CROWDED_PLACE");
        body.put("deliveredOn", deliveredOn);
        return body;
    }

    private static ValidatableResponse post(String token, String csv, String query) {
        return given().config(AS_BYTES).auth().oauth2(token).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).urlEncodingEnabled(false).when().post(PATH + query).then();
    }

    private static String csv(List<Map<String, Object>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            for (Map<String, Object> row : rows) {
                printer.printRecord(COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
            }
        }
        return out.toString();
    }

    /** The batch's activities and their events. */
    private Map<String, Long> counts(String batch) throws SQLException {
        return Map.of("activities", count("select count(*) from protect_activity where reference like ?", batch + "-%"),
                "events", count("select count(*) from outbox_event where aggregate_id in (select cast(id as text)"
                        + " from protect_activity where reference like ?)", batch + "-%"),
                "allEvents", count("select count(*) from outbox_event where ? is not null", batch));
    }

    private long count(String sql, String parameter) {
        return TestSql.count(dataSource, sql, parameter);
    }

    private static Map<String, Object> with(Map<String, Object> row, String field, Object value) {
        row.put(field, value);
        return row;
    }

    private static Map<String, Object> without(Map<String, Object> row, String field) {
        row.remove(field);
        return row;
    }
}
