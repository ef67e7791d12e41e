package uk.police.wm.rcs.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes domain events to the real broker as the services do: binary-mode CloudEvents keyed by aggregate. */
public final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, CloudEvent> producer;

    public TestEvents(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer());
    }

    /** Builds an event of a type with the given data as is (no marking unless the data states one); the id is fresh. */
    public static CloudEvent event(String source, String type, String subject, Map<String, ?> data) {
        try {
            return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create(source))
                    .withType(type).withSubject(subject).withTime(OffsetDateTime.now())
                    .withDataContentType("application/json").withData(JSON.writeValueAsBytes(data)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds an event the way the services' outbox now publishes it: the marking stated by the data's
     * {@code classification} and {@code caveats} members (no caveats when absent) is also sent as the CloudEvents
     * extension attributes {@code classification} and {@code caveats} (headers {@code ce_classification},
     * {@code ce_caveats}), and the data always carries the caveats as an array.
     */
    public static CloudEvent marked(String source, String type, String subject, Map<String, ?> data) {
        Object classification = data.get("classification");
        if (classification == null) {
            throw new IllegalArgumentException("a marked event's data states its classification");
        }
        Map<String, Object> withCaveats = new HashMap<>(data);
        @SuppressWarnings("unchecked")
        List<String> caveats = data.get("caveats") == null ? List.of() : (List<String>) data.get("caveats");
        withCaveats.put("caveats", caveats);
        return CloudEventBuilder.v1(event(source, type, subject, withCaveats))
                .withExtension("classification", classification.toString())
                .withExtension("caveats", String.join(",", caveats)).build();
    }

    /** Sends keyed by the event's subject and waits for the broker's acknowledgement. */
    public void send(String topic, CloudEvent event) {
        send(topic, event.getSubject(), event);
    }

    /**
     * Sends with a chosen key: a test that puts all its events on one key gets them applied in order, so seeing
     * its last event applied means every earlier one was too.
     */
    public void send(String topic, String key, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
