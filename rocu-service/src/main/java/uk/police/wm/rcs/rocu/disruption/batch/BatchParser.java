package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;

/** Splits a batch body (a JSON array, or NDJSON: one object per line) into records, before any is checked. */
public final class BatchParser {

    private BatchParser() {
    }

    /** The records; 400 when the body is not an array / lines of JSON, 413 beyond {@code maxRecords}. */
    public static List<JsonNode> parse(String body, boolean ndjson, int maxRecords, ObjectMapper json) {
        List<JsonNode> records = new ArrayList<>();
        if (body == null || body.isBlank()) {
            throw Problems.badRequest("The batch is empty.");
        }
        if (ndjson) {
            String[] lines = body.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    records.add(read(lines[i], json, "line " + (i + 1)));
                    tooLarge(records.size(), maxRecords);
                }
            }
        } else {
            JsonNode array = read(body, json, "body");
            if (!array.isArray()) {
                throw Problems.badRequest("A JSON batch is an array of disruption claims.");
            }
            tooLarge(array.size(), maxRecords);
            array.forEach(records::add);
        }
        if (records.isEmpty()) {
            throw Problems.badRequest("The batch is empty.");
        }
        return records;
    }

    private static JsonNode read(String text, ObjectMapper json, String where) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problems.badRequest("malformed-json", "Malformed JSON", "The " + where + " is not valid JSON.");
        }
    }

    private static void tooLarge(int size, int maxRecords) {
        if (size > maxRecords) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "A batch holds at most " + maxRecords + " records; split it.").with("maxRecords", maxRecords);
        }
    }
}
