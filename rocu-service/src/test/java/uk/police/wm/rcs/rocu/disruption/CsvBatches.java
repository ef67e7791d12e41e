package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV batches for the tests: claims written as rows under a header of their field names. */
final class CsvBatches {

    /** The columns of a claim, in the order the tests write them. */
    static final List<String> COLUMNS = List.of("sourceRecordId", "targetType", "ocgReference", "leadAgency",
            "crimeType", "claimedImpact", "category", "activityLevel", "disruptedOn", "narrative");

    /** The body's bytes as they are, and no charset added to {@code text/csv}. */
    private static final RestAssuredConfig AS_BYTES = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private CsvBatches() {
    }

    /** Claims as CSV: a header of {@code columns}, a row per claim (an absent field an empty cell). */
    static String csv(List<String> columns, List<Map<String, Object>> claims) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns);
            for (Map<String, Object> claim : claims) {
                printer.printRecord(columns.stream().map(c -> claim.getOrDefault(c, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Posts a CSV body (UTF-8) to the batch endpoint as {@code token}. */
    static ValidatableResponse post(String token, String contentType, byte[] body, String query) {
        return given().config(AS_BYTES).auth().oauth2(token).contentType(contentType).body(body)
                .urlEncodingEnabled(false).when().post("/api/v1/disruptions:batch" + query).then();
    }

    static ValidatableResponse post(String token, String csv, String query) {
        return post(token, "text/csv", csv.getBytes(StandardCharsets.UTF_8), query);
    }
}
