package uk.police.wm.rcs.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Checks events as other parties receive them: read back from the real topic as binary-mode CloudEvents, with
 * their {@code ce_*} headers, and their data valid against the JSON Schema the service publishes for the type
 * ({@code META-INF/events/<type>.schema.json} on the classpath).
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<String> REQUIRED_HEADERS =
            List.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_subject", "ce_time");

    private EventContracts() {
    }

    /**
     * Reads a topic from the beginning until the records seen so far satisfy {@code done}, or fails after the
     * timeout. Each call uses a fresh consumer group.
     */
    public static List<ConsumerRecord<String, CloudEvent>> readUntil(String bootstrapServers, String topic,
            Predicate<List<ConsumerRecord<String, CloudEvent>>> done, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "contract-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, CloudEvent> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!done.test(seen)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Within " + timeout + " the topic " + topic + " did not hold the expected"
                            + " events; it held " + seen.size() + ": " + seen.stream().map(r -> header(r, "ce_type")).toList());
                }
                consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** Asserts the record carries every required CloudEvents header and its data matches its type's schema. */
    public static void assertValid(ConsumerRecord<String, CloudEvent> record) {
        for (String name : REQUIRED_HEADERS) {
            String value = header(record, name);
            if (value == null || value.isBlank()) {
                throw new AssertionError("Event at offset " + record.offset() + " lacks header " + name);
            }
        }
        if (!"1.0".equals(header(record, "ce_specversion"))) {
            throw new AssertionError("Not a CloudEvents 1.0 event: " + header(record, "ce_specversion"));
        }
        // the CloudEvents distributed-tracing extension, as each asyncapi.yaml describes it (absent outside a trace)
        String traceparent = header(record, "ce_traceparent");
        if (traceparent != null && !traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")) {
            throw new AssertionError("Event at offset " + record.offset() + " has a malformed ce_traceparent: " + traceparent);
        }
        String type = record.value().getType();
        if (!type.matches(".+\\.v\\d+")) {
            throw new AssertionError("Event type is not versioned: " + type);
        }
        assertMatchesSchema(type, dataOf(record));
    }

    /** Asserts event data (JSON) is valid against {@code META-INF/events/<type>.schema.json}. */
    public static void assertMatchesSchema(String type, String data) {
        try {
            Set<ValidationMessage> problems = schema(type).validate(JSON.readTree(data));
            if (!problems.isEmpty()) {
                throw new AssertionError("Event " + type + " does not match its schema: " + problems + "\n" + data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event's data as text. */
    public static String dataOf(ConsumerRecord<String, CloudEvent> record) {
        return record.value().getData() == null ? ""
                : new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
    }

    /** The event's data as a JSON tree. */
    public static JsonNode jsonOf(ConsumerRecord<String, CloudEvent> record) {
        try {
            return JSON.readTree(dataOf(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            String resource = "META-INF/events/" + t + ".schema.json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new AssertionError("No JSON Schema published for event type " + t + " (" + resource + ")");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
