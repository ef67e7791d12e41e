package uk.police.wm.rcs.rehearsal;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A poisoned event: a well-formed CloudEvent of the type rocu-service publishes for a claim, whose data does not match
 * that type's schema (no UUID for the disruption, no force, a number where text belongs). A consumer must set it aside
 * and go on, never stop on it.
 */
final class Poison {

    private Poison() {
    }

    /** Puts one on the topic; returns its CloudEvents id. */
    static String send(String bootstrapServers, String topic) throws Exception {
        String id = "poison-" + UUID.randomUUID();
        CloudEvent event = CloudEventBuilder.v1().withId(id).withType(TopicAudit.CLAIMED)
                .withSource(URI.create("/west-midlands/rehearsal-poison")).withSubject("not-a-disruption")
                .withTime(OffsetDateTime.now())
                .withData("application/json", "{\"disruptionId\":\"not-a-uuid\",\"narrative\":42}".getBytes(StandardCharsets.UTF_8))
                .build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, "not-a-disruption", event)).get(30, TimeUnit.SECONDS);
        }
        return id;
    }
}
