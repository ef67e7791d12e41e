package uk.police.wm.rcs.platform.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;

/** A plain KafkaConsumer with the CloudEvents deserializer, reading the test topic from the beginning. */
public final class EventReader implements AutoCloseable {

    private final KafkaConsumer<String, CloudEvent> consumer;
    /** By partition and offset: a rebalance re-delivers what this reader already saw, which is no duplicate. */
    private final Map<String, ConsumerRecord<String, CloudEvent>> received = new LinkedHashMap<>();

    public EventReader() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic()));
    }

    public static String topic() {
        return ConfigProvider.getConfig().getValue("rcs.events.topic", String.class);
    }

    /** Polls once (briefly) and returns everything received so far that matches. */
    public List<ConsumerRecord<String, CloudEvent>> poll(Predicate<ConsumerRecord<String, CloudEvent>> filter) {
        for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
            received.putIfAbsent(record.partition() + "@" + record.offset(), record);
        }
        return received.values().stream().filter(filter).toList();
    }

    /** Records whose key (aggregate id) is one of {@code keys}. */
    public List<ConsumerRecord<String, CloudEvent>> pollKeys(java.util.Collection<String> keys) {
        return poll(r -> keys.contains(r.key()));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
