package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

/** Reads event data into its producer's record; a missing or malformed field is a {@link RejectedEventException}. */
public final class EventData {

    /**
     * Reads event data into the producer's event records: a member the record does not have is skipped (a newer
     * producer's added field, or the marking the outbox puts into every event's data), so only a value of the wrong
     * shape is refused.
     */
    private static final ObjectMapper EVENTS = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EventData() {
    }

    /**
     * The data as the event record its producer wrote (from the producer's event-contract module). A number or flag
     * the record holds as a primitive must be there: a missing count or version is refused, never read as 0.
     */
    public static <T> T as(JsonNode data, Class<T> type) {
        for (RecordComponent component : type.isRecord() ? type.getRecordComponents() : new RecordComponent[0]) {
            if (component.getType().isPrimitive() && !data.hasNonNull(component.getName())) {
                throw new RejectedEventException("event data lacks " + component.getName());
            }
        }
        try {
            return EVENTS.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException("event data is not a " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A member of an event record that must be there (not null, and not blank text). */
    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RejectedEventException("event data lacks " + field);
        }
        return value;
    }

    /** A required member of an event record that holds a UUID. */
    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(required(value, field));
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("event data field " + field + " is not a UUID");
        }
    }
}
