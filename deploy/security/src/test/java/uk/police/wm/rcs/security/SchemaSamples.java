package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A plausible JSON value for a schema of a served document: what a well-behaved client would send. */
final class SchemaSamples {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode components;

    SchemaSamples(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    JsonNode resolve(JsonNode schema) {
        return ApiOperations.resolve(schema, components);
    }

    /** A sample for the schema; {@code name} is the property it fills (it guides dates, quarters, forces). */
    JsonNode sample(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = resolve(rawSchema);
        String lower = name.toLowerCase(Locale.ROOT);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf") && !schema.get("allOf").isEmpty()) {
            return sample(schema.get("allOf").get(0), name, depth);
        }
        if (schema.has("oneOf") && !schema.get("oneOf").isEmpty()) {
            return sample(schema.get("oneOf").get(0), name, depth);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                // caveats are the marking: a plausible record carries none the caller might not hold
                if (!lower.contains("caveat") && depth <= 6) {
                    array.add(sample(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            }
            case "integer": {
                long value = schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 1;
                if (schema.has("maximum")) {
                    value = Math.min(value, schema.get("maximum").asLong());
                }
                if (lower.contains("year") && !lower.contains("financial")) {
                    value = 2018;
                }
                return NODES.numberNode(value);
            }
            case "number":
                return NODES.numberNode(schema.has("minimum") ? Math.max(schema.get("minimum").asDouble(), 1) : 1.0);
            case "boolean":
                return NODES.booleanNode(false);
            default:
                return NODES.textNode(text(schema, lower));
        }
    }

    private static String text(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        if (format.equals("date") || name.endsWith("on") && name.length() > 4 && !name.endsWith("reason")
                || name.endsWith("date") || name.equals("effectivefrom") || name.startsWith("due")) {
            return "2018-05-10";
        }
        if (format.equals("date-time") || name.endsWith("at")) {
            return "2018-05-10T10:00:00Z";
        }
        if (format.equals("uuid") || name.endsWith("id") && !name.equals("sourcerecordid")) {
            return UUID.randomUUID().toString();
        }
        if (name.equals("month") || name.endsWith("month")) {
            return "2018-05";
        }
        if (name.equals("quarter")) {
            return "2018-19/Q1";
        }
        if (name.equals("fy") || name.contains("financialyear")) {
            return "2018-19";
        }
        if (name.equals("force") || name.endsWith("forces") || name.equals("forces")) {
            return "WMP";
        }
        String value = "Security suite " + UUID.randomUUID();
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, Math.max(1, max)) : value;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
