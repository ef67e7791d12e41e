package uk.police.wm.rcs.platform.outbox;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * How an event carries the marking of what it describes, on both sides of the wire: as the CloudEvents extension
 * attributes {@value #CLASSIFICATION} and {@value #CAVEATS} (Kafka headers {@code ce_classification},
 * {@code ce_caveats}: comma-separated, empty for none), and as the members {@code classification} and
 * {@code caveats} of the event's data. A consumer that receives an event without a readable marking treats it as
 * {@link SecurityMarking#UNMARKED} (the highest classification).
 */
public final class EventMarkings {

    /** CloudEvents extension attribute of the classification. */
    public static final String CLASSIFICATION = "classification";
    /** CloudEvents extension attribute of the caveats, comma-separated. */
    public static final String CAVEATS = "caveats";

    private EventMarkings() {
    }

    /** Sets the marking's extension attributes on an event being built. */
    public static CloudEventBuilder write(CloudEventBuilder event, SecurityMarking marking) {
        return event.withExtension(CLASSIFICATION, marking.classification().name())
                .withExtension(CAVEATS, String.join(",", marking.caveats()));
    }

    /**
     * Puts the marking into an event's data; data that already states a classification or caveats must state the
     * same marking (an event record that disagrees with its own marking is a programming error).
     */
    public static void write(ObjectNode data, SecurityMarking marking) {
        JsonNode stated = data.get(CLASSIFICATION);
        if (stated != null && !stated.isNull() && !marking.classification().name().equals(stated.asText())) {
            throw new IllegalArgumentException("event data states classification " + stated.asText()
                    + " but the event is marked " + marking);
        }
        JsonNode statedCaveats = data.get(CAVEATS);
        if (statedCaveats != null && statedCaveats.isArray() && !caveats(statedCaveats).equals(marking.caveats())) {
            throw new IllegalArgumentException("event data states caveats " + statedCaveats
                    + " but the event is marked " + marking);
        }
        data.put(CLASSIFICATION, marking.classification().name());
        ArrayNode array = data.putArray(CAVEATS);
        marking.caveats().forEach(array::add);
    }

    /**
     * The marking of a received event: from its extension attributes, else from its data's members, else
     * {@link SecurityMarking#UNMARKED}. An unknown classification is never read as a lower one.
     */
    public static SecurityMarking read(CloudEvent event, JsonNode data) {
        Object classification = event.getExtension(CLASSIFICATION);
        if (classification != null) {
            Object caveats = event.getExtension(CAVEATS);
            return marking(classification.toString(), caveats == null ? Set.of() : split(caveats.toString()));
        }
        if (data != null && data.hasNonNull(CLASSIFICATION)) {
            JsonNode caveats = data.get(CAVEATS);
            return marking(data.get(CLASSIFICATION).asText(), caveats == null ? Set.of() : caveats(caveats));
        }
        return SecurityMarking.UNMARKED;
    }

    private static SecurityMarking marking(String classification, Set<String> caveats) {
        return Classification.parse(classification).map(level -> new SecurityMarking(level, caveats))
                .orElse(SecurityMarking.UNMARKED);
    }

    private static Set<String> split(String caveats) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(caveats.split(",")).map(String::trim).filter(c -> !c.isEmpty()).forEach(out::add);
        return out;
    }

    private static Set<String> caveats(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array.isArray()) {
            array.forEach(c -> {
                if (!c.asText().isBlank()) {
                    out.add(c.asText());
                }
            });
        } else if (array.isTextual()) {
            out.addAll(split(array.asText()));
        }
        return out;
    }
}
