package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The hostile variants of a plausible request body; each must be refused with a 4xx problem and write nothing. */
final class HostileBodies {

    /** One hostile body: a name for the report and the exact bytes sent. */
    record Hostile(String name, byte[] bytes) {
    }

    static final int TWELVE_MB = 12 * 1024 * 1024;

    private HostileBodies() {
    }

    /**
     * The variants for a body built from a schema.
     *
     * @param plausible what a well-behaved client would send
     * @param schema the body's (resolved) object schema
     * @param samples resolves the schemas of its properties
     */
    static List<Hostile> of(JsonNode plausible, JsonNode schema, SchemaSamples samples) {
        List<Hostile> hostile = new ArrayList<>();
        String json = plausible.toString();
        hostile.add(text("malformed JSON (truncated)", json.substring(0, Math.max(1, json.length() / 2))));
        hostile.add(text("malformed JSON (single quotes)", json.replace('"', '\'')));
        hostile.add(text("empty body", ""));
        hostile.add(text("JSON null body", "null"));
        if (plausible.isArray()) {
            // a batch: its items are answered one by one, so hostile items are its own phase (README, TODO)
            hostile.add(text("object for the array", "{\"items\":" + json + "}"));
        } else {
            hostile.add(text("array for the object", "[" + json + "]"));
        }
        hostile.add(text("string for the object", "\"" + "x" + "\""));
        if (!(plausible instanceof ObjectNode object) || object.isEmpty()) {
            hostile.add(text("10,000-deep nesting", nested(10_000)));
            hostile.add(twelveMegabytes("x"));
            return hostile;
        }
        Map<String, String> kinds = kinds(schema, samples);
        hostile.add(text("wrong types in every field", replace(object, kinds, kind -> switch (kind) {
            case "string", "date", "date-time" -> "12345";
            case "integer", "number" -> "\"abc\"";
            case "boolean" -> "\"yes\"";
            case "array" -> "{\"a\":1}";
            default -> "[1,2]";
        })));
        hostile.add(text("object for every scalar field", replace(object, kinds, kind -> "{\"a\":1}")));
        // the text variants go into the body's string fields; a body without one (counts, enums and dates only)
        // would be sent unchanged, a valid request, so they are left out for it as the number and date variants are
        if (kinds.containsValue("string")) {
            hostile.add(text("100,000-character strings", replace(object, kinds, kind ->
                    kind.equals("string") ? quoted("A".repeat(100_000)) : null)));
            hostile.add(text("control characters in strings", replace(object, kinds, kind ->
                    kind.equals("string") ? quoted("ctl\u0001\u0007\u0008\u001b[31m\u007f") : null)));
            hostile.add(text("NUL in strings", replace(object, kinds, kind ->
                    kind.equals("string") ? quoted("nul\u0000byte") : null)));
            hostile.add(text("RTL override in strings", replace(object, kinds, kind ->
                    kind.equals("string") ? quoted("\u202Egnp.exe") : null)));
            hostile.add(text("lone surrogate in strings", replace(object, kinds, kind ->
                    kind.equals("string") ? "\"\\ud800x\"" : null)));
        }
        if (kinds.containsValue("integer") || kinds.containsValue("number")) {
            hostile.add(text("out-of-range numbers (1e30)", replace(object, kinds, kind ->
                    kind.equals("integer") || kind.equals("number") ? new BigInteger("1000000000000000000000000000000").toString() : null)));
            hostile.add(text("out-of-range numbers (-2^63-1)", replace(object, kinds, kind ->
                    kind.equals("integer") || kind.equals("number") ? "-9223372036854775809" : null)));
            hostile.add(text("number 1e400", replace(object, kinds, kind ->
                    kind.equals("number") || kind.equals("integer") ? "1e400" : null)));
        }
        if (kinds.containsValue("date") || kinds.containsValue("date-time")) {
            hostile.add(text("impossible dates (2019-02-30)", replace(object, kinds, kind -> switch (kind) {
                case "date" -> "\"2019-02-30\"";
                case "date-time" -> "\"2019-02-30T10:00:00Z\"";
                default -> null;
            })));
            hostile.add(text("out-of-range dates (+999999999-12-31)", replace(object, kinds, kind -> switch (kind) {
                case "date" -> "\"+999999999-12-31\"";
                case "date-time" -> "\"+999999999-12-31T23:59:59Z\"";
                default -> null;
            })));
            hostile.add(text("out-of-range dates (-999999999-01-01)", replace(object, kinds, kind -> switch (kind) {
                case "date" -> "\"-999999999-01-01\"";
                case "date-time" -> "\"-999999999-01-01T00:00:00Z\"";
                default -> null;
            })));
        }
        ObjectNode unknown = object.deepCopy();
        unknown.put("securitySuiteUnknownField", "not in the schema");
        hostile.add(text("unknown field", unknown.toString()));
        hostile.add(text("null in every field", replace(object, kinds, kind -> "null")));
        String first = object.fieldNames().next();
        hostile.add(text("duplicate JSON member", "{\"" + first + "\":" + object.get(first) + "," + json.substring(1)));
        hostile.add(text("10,000-deep nesting", "{\"" + first + "\":" + nested(10_000) + "}"));
        hostile.add(twelveMegabytes(first));
        return hostile;
    }

    /** The JSON kind of each top-level property: string, date, date-time, integer, number, boolean, array, object. */
    private static Map<String, String> kinds(JsonNode schema, SchemaSamples samples) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode resolved = samples.resolve(property.getValue());
            String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
            String format = resolved.path("format").asText("");
            if (type.equals("string") && (format.equals("date") || format.equals("date-time"))) {
                type = format;
            } else if (type.equals("string") && resolved.has("enum")) {
                type = "enum";
            }
            kinds.put(property.getKey(), type);
        }
        return kinds;
    }

    /** The object with each property whose kind maps to raw JSON replaced by it (null: kept). */
    private static String replace(ObjectNode object, Map<String, String> kinds, Function<String, String> rawJson) {
        StringBuilder out = new StringBuilder("{");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String replacement = rawJson.apply(kinds.getOrDefault(field.getKey(), "string"));
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(TextNode.valueOf(field.getKey())).append(':')
                    .append(replacement != null ? replacement : field.getValue().toString());
        }
        return out.append('}').toString();
    }

    private static String quoted(String value) {
        return TextNode.valueOf(value).toString();
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static Hostile twelveMegabytes(String field) {
        return text("12 MB body", "{\"" + field + "\":\"" + "B".repeat(TWELVE_MB) + "\"}");
    }

    private static Hostile text(String name, String body) {
        return new Hostile(name, body.getBytes(StandardCharsets.UTF_8));
    }
}
