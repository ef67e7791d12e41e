package uk.police.wm.rcs.cyber.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.batch.Outcome;
import uk.police.wm.rcs.platform.batch.RecordResult;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Referrals in batches: JSON and CSV rows received as single posts are, dry runs writing nothing, retries. */
@QuarkusTest
class ReferralBatchTest {

    private static final List<String> COLUMNS = List.of("actionFraudReference", "source", "force", "crimeClass",
            "victimType", "vulnerableVictim", "vulnerability", "reportedLoss", "receivedAt");
    private static final RestAssuredConfig AS_BYTES = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCsvDryRunWritesNothingThenTheRealRunWritesTheGoodRowsAndARetryIsDuplicates() throws IOException {
        String subject = "ecu-batch-" + UUID.randomUUID();
        String token = TestTokens.forSubject(subject).person("OFFICIAL_SENSITIVE", "cyber-officer").sign();
        Instant received = Instant.parse("2018-05-02T10:00:00Z");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Referrals.body(Referrals.reference(), received, false));
        rows.add(without(Referrals.body(Referrals.reference(), received, false), "crimeClass"));
        rows.add(with(Referrals.body(Referrals.reference(), received, false), "victimType", "ALIEN"));
        rows.add(with(Referrals.body(Referrals.reference(), received, false), "receivedAt", "yesterday"));
        rows.add(with(Referrals.body(Referrals.reference(), received, false), "vulnerableVictim", "yes"));
        rows.add(Referrals.body(Referrals.reference(), received, true));
        rows.add(rows.get(0));
        String csv = csv(rows);
        List<String> references = rows.stream().map(r -> (String) r.get("actionFraudReference")).toList();
        Map<String, Long> before = counts(subject, references);

        BatchResult dry = post(token, csv, "?dryRun=true").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);

        assertThat(dry.dryRun()).isTrue();
        List<Outcome> expected = List.of(Outcome.CREATED, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.PROBLEM,
                Outcome.PROBLEM, Outcome.CREATED, Outcome.DUPLICATE);
        assertThat(dry.results()).extracting(RecordResult::outcome).isEqualTo(expected);
        assertThat(dry.results()).extracting(RecordResult::row).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(dry.results().subList(1, 5)).extracting(r -> r.problem().field())
                .containsExactly("crimeClass", "victimType", "receivedAt", "vulnerableVictim");
        assertThat(counts(subject, references)).isEqualTo(before);

        BatchResult real = post(token, csv, "").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(real.results()).extracting(RecordResult::outcome).isEqualTo(expected);
        assertThat(real.results().get(6).recordId()).isEqualTo(real.results().get(0).recordId());
        Map<String, Long> after = counts(subject, references);
        assertThat(after.get("referrals")).isEqualTo(before.get("referrals") + 2);
        assertThat(after.get("audit")).isEqualTo(before.get("audit") + 2);

        // a retry of the whole file: the same referrals, none new
        BatchResult retried = post(token, csv, "").statusCode(HttpStatus.SC_OK).extract().as(BatchResult.class);
        assertThat(retried.created()).isZero();
        assertThat(retried.results().get(0).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(retried.results().get(0).recordId()).isEqualTo(real.results().get(0).recordId());
        assertThat(counts(subject, references).get("referrals")).isEqualTo(after.get("referrals"));
    }

    @Test
    void aJsonBatchAnswersAReferenceReceivedBeforeWithOtherDetailsAsThatRecordsConflict() {
        Map<String, Object> first = Referrals.body(Referrals.reference(), Instant.parse("2018-06-01T09:00:00Z"), false);
        Referrals.receive(first);
        Map<String, Object> changed = new HashMap<>(first);
        changed.put("reportedLoss", 99);
        Map<String, Object> fresh = Referrals.body(Referrals.reference(), Instant.parse("2018-06-01T09:00:00Z"), false);

        BatchResult result = Referrals.as(Referrals.ECU).body(List.of(changed, fresh)).urlEncodingEnabled(false)
                .when().post("/api/v1/referrals:batch").then().statusCode(HttpStatus.SC_OK).extract()
                .as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.PROBLEM,
                Outcome.CREATED);
        assertThat(result.results().get(0).problem().status()).isEqualTo(409);
        assertThat(result.results().get(0).problem().type()).endsWith("/natural-key-conflict");
        assertThat(result.results().get(0).problem().detail()).isEqualTo("Action Fraud reference "
                + first.get("actionFraudReference") + " was already taken in with different content.");
    }

    @Test
    void aForceSystemsBatchFollowsTheSinglePostsForceRulesAndAMissingColumnIsA400() throws IOException {
        Map<String, Object> actionFraud = Referrals.body(Referrals.reference(), Instant.parse("2018-06-01T09:00:00Z"),
                false);
        actionFraud.remove("force");
        BatchResult result = post(Referrals.FORCE_WMC, csv(List.of(actionFraud)), "").statusCode(HttpStatus.SC_OK)
                .extract().as(BatchResult.class);
        // a force system records referrals reported to the force directly only, as a single post
        assertThat(result.results().get(0).problem().status()).isEqualTo(403);

        String noSource = csv(List.of(actionFraud)).replaceFirst("source,", "").replaceFirst(",ACTION_FRAUD", "");
        post(Referrals.ECU, noSource, "").statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("type", endsWith("missing-column"))
                .body("field", equalTo("source"));
        given().auth().oauth2(Referrals.VIEWER).contentType(ContentType.JSON).body("[]").urlEncodingEnabled(false)
                .when().post("/api/v1/referrals:batch").then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    /** The sample the README's first ten minutes dry-run answers as the README says. */
    @Test
    void theCommittedSampleDryRunsAsTheReadmeSays() throws IOException {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("docs/referrals-sample.csv"));

        BatchResult result = post(Referrals.FORCE_WMP, sample, "?dryRun=true").statusCode(HttpStatus.SC_OK).extract()
                .as(BatchResult.class);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.CREATED, Outcome.PROBLEM, Outcome.PROBLEM);
        assertThat(result.results().subList(2, 4)).extracting(r -> r.problem().field())
                .containsExactly("vulnerableVictim", "receivedAt");
    }

    private static io.restassured.response.ValidatableResponse post(String token, String csv, String query) {
        return given().config(AS_BYTES).auth().oauth2(token).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).urlEncodingEnabled(false)
                .when().post("/api/v1/referrals:batch" + query).then();
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

    /** The referrals of these references, the caller's audit entries, and every event and quarter count. */
    private Map<String, Long> counts(String subject, List<String> references) {
        return Map.of("referrals", TestSql.count(dataSource, "select count(*) from referral"
                        + " where action_fraud_reference = any(string_to_array(?, ','))", String.join(",", references)),
                "audit", TestSql.count(dataSource, "select count(*) from audit_log where subject = ?", subject),
                "events", TestSql.count(dataSource, "select count(*) from outbox_event"),
                "quarterCounts", TestSql.count(dataSource, "select coalesce(sum(referrals), 0) from "
                        + "referral_quarter_count"));
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
