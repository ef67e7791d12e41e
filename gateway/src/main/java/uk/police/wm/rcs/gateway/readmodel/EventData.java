package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Reads required fields of event data, turning a missing or malformed one into a {@link RejectedEventException}. */
public final class EventData {

    private EventData() {
    }

    public static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new RejectedEventException("event data lacks " + field);
        }
        return value.asText();
    }

    /** A text field that may be absent or null. */
    public static String optionalText(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static int integer(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new RejectedEventException("event data lacks integer " + field);
        }
        return value.asInt();
    }

    public static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(text(data, field));
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("event data field " + field + " is not a UUID");
        }
    }
}
