package uk.police.wm.rcs.platform.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;

/**
 * A CSV batch read into the same JSON records a JSON batch holds, so that one flow (the request type, its input
 * rules and validation, the service's rules) checks both. The column specification is the request type itself:
 * <ul>
 * <li>the first row is the header: each name is a field of the request (as in JSON), in any order; a column the
 * request does not have, a name given twice, or a required field (not null / not blank) without a column is 400;</li>
 * <li>an empty cell is an absent field; {@code true}/{@code false} for a yes/no field and a number for a numeric one
 * are read as such (anything else stays text, and is refused as for JSON: {@code invalid-type} naming the field);</li>
 * <li>a field holding several values (caveats) takes them in one cell separated by {@code ;};</li>
 * <li>a row with more cells than the header has an extra field per cell ({@code column 13}), refused as unknown;</li>
 * <li>UTF-8 only (a byte order mark is allowed and skipped; a charset other than UTF-8 is 415, bytes that are not
 * UTF-8 400 {@code invalid-encoding}); RFC 4180 quoting (a quoted cell may hold commas, quotes and line breaks).</li>
 * </ul>
 * Parsed by Apache Commons CSV.
 */
public final class CsvBatch {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    /** Separates the values of a many-valued field in one cell. */
    public static final String VALUE_SEPARATOR = ";";

    private CsvBatch() {
    }

    /** The column specification of a request type: its fields, and for each whether a CSV must have it. */
    public static Map<String, Boolean> columns(Class<? extends Record> requestType) {
        Map<String, Boolean> columns = new LinkedHashMap<>();
        for (RecordComponent c : requestType.getRecordComponents()) {
            columns.put(c.getName(), required(c));
        }
        return columns;
    }

    static List<JsonNode> records(byte[] body, String charset, Class<? extends Record> requestType, int maxRecords,
            ObjectMapper json) {
        if (!BatchBodies.isUtf8(charset)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "A CSV batch is UTF-8 (text/csv or text/csv; charset=utf-8).");
        }
        String text = decode(body);
        Map<String, RecordComponent> fields = new LinkedHashMap<>();
        Arrays.stream(requestType.getRecordComponents()).forEach(c -> fields.put(c.getName(), c));
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            requireColumns(header, fields);
            List<JsonNode> records = new ArrayList<>();
            for (CSVRecord row : parser) {
                BatchBodies.requireAtMost(records.size() + 1, maxRecords);
                records.add(toRecord(row, header, fields, json));
            }
            return records;
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with an empty or repeated name
            throw Problems.badRequest("invalid-csv-header", "Invalid CSV header",
                    "The header row names each column once, none empty.");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw Problems.badRequest("malformed-csv", "Malformed CSV",
                    "The CSV is not well formed (an unclosed quote, or text after a closing quote).");
        }
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Problems.badRequest("invalid-encoding", "Invalid encoding", "A CSV batch is UTF-8; this is not.");
        }
    }

    private static void requireColumns(List<String> header, Map<String, RecordComponent> fields) {
        if (header.isEmpty()) {
            throw Problems.badRequest("The batch is empty.");
        }
        for (String column : header) {
            if (!fields.containsKey(column)) {
                throw Problems.badRequest("unknown-column", "Unknown column",
                        "Column " + column + " is not a field of this record; the columns are: "
                                + String.join(", ", fields.keySet()) + ".").with("field", column);
            }
        }
        for (RecordComponent c : fields.values()) {
            if (required(c) && !header.contains(c.getName())) {
                throw Problems.badRequest("missing-column", "Missing column",
                        "Column " + c.getName() + " is required.").with("field", c.getName());
            }
        }
    }

    private static ObjectNode toRecord(CSVRecord row, List<String> header, Map<String, RecordComponent> fields,
            ObjectMapper json) {
        ObjectNode record = json.createObjectNode();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (i >= header.size()) {
                record.put("column " + (i + 1), cell);
            } else if (!cell.isEmpty()) {
                record.set(header.get(i), value(cell, fields.get(header.get(i)), json));
            }
        }
        return record;
    }

    private static JsonNode value(String cell, RecordComponent field, ObjectMapper json) {
        Class<?> type = field.getType();
        if ((type == Boolean.class || type == boolean.class)
                && (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false"))) {
            return json.getNodeFactory().booleanNode(Boolean.parseBoolean(cell.toLowerCase()));
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            try {
                // an integer as an integer; a fraction stays one, and an integer field refuses it as JSON's would
                return json.getNodeFactory().numberNode(new BigInteger(cell));
            } catch (NumberFormatException notAnInteger) {
                try {
                    return json.getNodeFactory().numberNode(new BigDecimal(cell));
                } catch (NumberFormatException notANumber) {
                    return json.getNodeFactory().textNode(cell);
                }
            }
        }
        if (Collection.class.isAssignableFrom(type)) {
            ArrayNode values = json.createArrayNode();
            Arrays.stream(cell.split(VALUE_SEPARATOR)).map(String::strip).filter(v -> !v.isEmpty())
                    .forEach(values::add);
            return values;
        }
        return json.getNodeFactory().textNode(cell);
    }

    private static boolean required(RecordComponent c) {
        var accessor = c.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }
}
