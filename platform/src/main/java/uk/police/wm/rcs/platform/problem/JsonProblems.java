package uk.police.wm.rcs.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import uk.police.wm.rcs.platform.input.InputRules;

/**
 * Translates Jackson read failures into client-facing problems without leaking parser internals.
 */
public final class JsonProblems {

    private static final int MAX_ECHO = 80;
    private static final int MAX_FIELD = 200;
    /** Jackson's wording when {@code STRICT_DUPLICATE_DETECTION} finds a member twice (pinned by a unit test). */
    private static final String DUPLICATE_PREFIX = "Duplicate field '";

    private JsonProblems() {
    }

    /** Body that is not JSON at all: names line and column only. */
    public static ProblemException malformed(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return new ProblemException(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON.");
        }
        return new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ").")
                .with("line", location.getLineNr())
                .with("column", location.getColumnNr());
    }

    /**
     * A JSON object naming one member twice (the parser's strict duplicate detection), with the member's path;
     * {@code null} when {@code e} is some other parse failure.
     */
    public static ProblemException duplicate(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith(DUPLICATE_PREFIX)) {
            return null;
        }
        String field = null;
        JsonParser parser = e.getProcessor();
        if (parser != null) {
            field = fieldPath(parser.getParsingContext());
        }
        if (field == null) {
            int end = message.indexOf('\'', DUPLICATE_PREFIX.length());
            field = safe(end < 0 ? message.substring(DUPLICATE_PREFIX.length())
                    : message.substring(DUPLICATE_PREFIX.length(), end));
        }
        return Problems.duplicateField(field);
    }

    /** Well-formed JSON that does not fit the expected shape: unknown enum value, wrong type, unknown field. */
    public static ProblemException mismatched(MismatchedInputException e) {
        String field = fieldPath(e);
        if (e instanceof RejectedJsonValueException rejected) {
            return rejected.problem(field);
        }
        if (e instanceof PropertyBindingException unknown) {
            String name = field != null ? field : safe(String.valueOf(unknown.getPropertyName()));
            return new ProblemException(400, "unknown-field", "Unknown field",
                    "The field '" + name + "' is not part of this request.")
                    .with("field", name);
        }
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String value = echo(invalid.getValue());
            String where = field != null ? "field '" + field + "'" : "the request body";
            return new ProblemException(400, "invalid-value", "Invalid value",
                    "Unknown value " + value + " for " + where + "; allowed values: " + String.join(", ", allowed) + ".")
                    .with("field", field)
                    .with("allowedValues", allowed);
        }
        String expected = describe(target);
        if (field == null) {
            return new ProblemException(400, "invalid-type", "Invalid type",
                    "The request body must be " + expected + ".");
        }
        return new ProblemException(400, "invalid-type", "Invalid type",
                "The field '" + field + "' must be " + expected + ".")
                .with("field", field)
                .with("expected", expected);
    }

    /** Other databind failures (e.g. a record constructor rejecting a value): names the field when known. */
    public static ProblemException invalid(DatabindException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        if (field == null) {
            return new ProblemException(400, "invalid-body", "Invalid request body",
                    "The request body could not be read as this resource's representation.");
        }
        return new ProblemException(400, "invalid-value", "Invalid value",
                "The field '" + field + "' has an invalid value.")
                .with("field", field);
    }

    /** {@code items[3].date} from Jackson's reference chain; {@code null} when the problem is the whole body. */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : safe(out.toString());
    }

    /** The same path from the parser's position (the member being read), for failures the parser itself raises. */
    static String fieldPath(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.addFirst(c);
        }
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(c.getCurrentName());
            } else if (c.inArray()) {
                out.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            }
        }
        return out.isEmpty() ? null : safe(out.toString());
    }

    /**
     * A client-chosen name made safe to echo: every character {@link InputRules#isForbidden} refuses (controls,
     * bidirectional formatting, lone surrogates) as '?', at most 200 chars.
     */
    private static String safe(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_FIELD) + 1);
        int i = 0;
        for (; i < text.length() && out.length() < MAX_FIELD; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(InputRules.isForbidden(c) || Character.isSurrogate(c) ? '?' : c);
            }
        }
        if (i < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class
                || type == byte.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time with offset (ISO 8601, e.g. 2018-04-01T09:00:00Z)";
        }
        if (type == LocalDateTime.class) {
            return "a local date-time (ISO 8601, e.g. 2018-04-01T09:00:00)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM[:SS])";
        }
        if (type == YearMonth.class) {
            return "a month (YYYY-MM)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    private static String echo(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_ECHO) + 2);
        for (int i = 0; i < text.length() && i < MAX_ECHO; i++) {
            char c = text.charAt(i);
            safe.append(InputRules.isForbidden(c) || Character.isSurrogate(c) ? '?' : c);
        }
        if (text.length() > MAX_ECHO) {
            safe.append('…');
        }
        return "'" + safe + "'";
    }
}
