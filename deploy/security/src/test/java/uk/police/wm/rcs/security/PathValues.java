package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.UUID;

/** Plausible values for path parameters, from the parameter's schema and name. */
final class PathValues {

    private PathValues() {
    }

    /** A value for the parameter, or null when the suite does not know how to fill it. */
    static String value(ApiOperation operation, String name, JsonNode schema) {
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        String pattern = schema.path("pattern").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        // the gateway's front door: its requests are sent to rocu's disruptions
        if (lower.equals("service") && pattern.contains("rocu")) {
            return "rocu";
        }
        if (lower.equals("path") && pattern.equals(".+")) {
            return operation.method().equals("GET") || operation.method().equals("POST")
                    ? "disruptions" : "disruptions/" + UUID.randomUUID();
        }
        if (schema.path("type").asText("").equals("integer")) {
            return "1";
        }
        return switch (lower) {
            case "id" -> UUID.randomUUID().toString();
            case "fy" -> "2018-19";
            case "quarter" -> "Q1";
            case "month" -> "2018-05";
            case "force" -> "WMP";
            case "shareable" -> "OCGX-0000000000000000000A"; // a shareable OCG reference nobody was given
            case "code" -> "SECURITY_SUITE";
            case "table" -> "headline-figures"; // the governance export of one table: one every view has
            default -> null;
        };
    }
}
