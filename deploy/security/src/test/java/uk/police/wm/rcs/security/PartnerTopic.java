package uk.police.wm.rcs.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The partner regions' event topic as a partner consumes it: every event from the beginning to the end offsets as
 * they stand when it is read, with its CloudEvents headers and data.
 */
final class PartnerTopic {

    static final String TOPIC = "partner.events";

    /** One event: its marking headers and everything it says (headers and data), to search for markers. */
    record Event(long offset, String classification, String caveats, String text) {
    }

    private PartnerTopic() {
    }

    static List<Event> readAll(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "security-suite-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            // read until every partition's position reaches the end offset it had when we started: a real condition
            for (int polls = 0; polls < 600 && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)); polls++) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder(String.valueOf(record.key())).append(' ')
                            .append(record.value());
                    for (Header header : record.headers()) {
                        text.append(' ').append(header.key()).append('=')
                                .append(new String(header.value(), StandardCharsets.UTF_8));
                    }
                    events.add(new Event(record.offset(), header(record, "ce_classification"),
                            header(record, "ce_caveats"), text.toString()));
                }
            }
        }
        return events;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
