package uk.police.wm.rcs.platform.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;

/**
 * Splits a batch body into records before any is checked: a JSON array, NDJSON (one object per line) or CSV (a
 * header row of field names, then one record per row; {@link CsvBatch}). Every format gives the same JSON records,
 * which are then read into the service's request type exactly as a single post's body is.
 */
public final class BatchBodies {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private BatchBodies() {
    }

    /**
     * The records of a body of the given {@code Content-Type}; 400 when it is not an array / lines of JSON / CSV with
     * the request type's columns, 413 beyond {@code maxRecords}, 415 for a CSV in another encoding than UTF-8.
     */
    public static List<JsonNode> parse(byte[] body, String contentType, Class<? extends Record> requestType,
            int maxRecords, ObjectMapper json) {
        if (body == null || body.length == 0) {
            throw Problems.badRequest("The batch is empty.");
        }
        MediaType type = mediaType(contentType);
        List<JsonNode> records;
        if (type.isCompatible(MediaType.valueOf(CSV))) {
            records = CsvBatch.records(body, type.getParameters().get(MediaType.CHARSET_PARAMETER), requestType,
                    maxRecords, json);
        } else if (type.isCompatible(MediaType.valueOf(NDJSON))) {
            records = ndjson(new String(body, StandardCharsets.UTF_8), maxRecords, json);
        } else {
            records = array(new String(body, StandardCharsets.UTF_8), maxRecords, json);
        }
        if (records.isEmpty()) {
            throw Problems.badRequest("The batch is empty.");
        }
        return records;
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_JSON_TYPE : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Content-Type is not a media type.");
        }
    }

    private static List<JsonNode> ndjson(String body, int maxRecords, ObjectMapper json) {
        List<JsonNode> records = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                records.add(read(lines[i], json, "line " + (i + 1)));
                requireAtMost(records.size(), maxRecords);
            }
        }
        return records;
    }

    private static List<JsonNode> array(String body, int maxRecords, ObjectMapper json) {
        JsonNode array = read(body, json, "body");
        if (!array.isArray()) {
            throw Problems.badRequest("A JSON batch is an array of records.");
        }
        requireAtMost(array.size(), maxRecords);
        List<JsonNode> records = new ArrayList<>(array.size());
        array.forEach(records::add);
        return records;
    }

    private static JsonNode read(String text, ObjectMapper json, String where) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problems.badRequest("malformed-json", "Malformed JSON", "The " + where + " is not valid JSON.");
        }
    }

    /** 413 {@code batch-too-large} beyond the limit, before the rest is read. */
    static void requireAtMost(int size, int maxRecords) {
        if (size > maxRecords) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "A batch holds at most " + maxRecords + " records; split it.").with("maxRecords", maxRecords);
        }
    }

    /** Whether a charset parameter names UTF-8 (or there is none: CSV is read as UTF-8). */
    static boolean isUtf8(String charset) {
        return charset == null || charset.replace("\"", "").toUpperCase(Locale.ROOT).equals("UTF-8")
                || charset.replace("\"", "").toUpperCase(Locale.ROOT).equals("UTF8");
    }
}
