package uk.police.wm.rcs.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from its start, as an independent consumer, and tells for a set of disruptions which claims
 * arrived, which arrived more than once (two different events for one disruption: a write applied twice) and how
 * often one CloudEvents id was delivered again (at-least-once relay; consumers dedupe on the id).
 */
final class TopicAudit {

    static final String CLAIMED = "uk.police.wm.rocu.disruption.claimed.v1";

    /** What the topic holds for the expected disruptions. */
    record Result(int records, Set<String> lost, Set<String> duplicated, int redeliveries, Map<String, Integer> byType) {
    }

    private TopicAudit() {
    }

    /**
     * Reads until every expected disruption's claim has been seen and the end of every partition (as it was then) is
     * reached, or the timeout passes.
     */
    static Result read(String bootstrapServers, String topic, Collection<String> expectedDisruptionIds, Duration timeout) {
        return read(bootstrapServers, topic, CLAIMED, "disruptionId", expectedDisruptionIds, timeout);
    }

    /** Referrals received on cyber.events (their data's {@code id}). */
    static final String REFERRAL_RECEIVED = "uk.police.wm.cyber.referral.received.v1";

    /**
     * As {@link #read(String, String, Collection, Duration)} for the creation events of another type, whose data
     * names the record in {@code idField}.
     */
    static Result read(String bootstrapServers, String topic, String createdType, String idField,
                       Collection<String> expectedDisruptionIds, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Set<String> expected = new HashSet<>(expectedDisruptionIds);
        Map<String, Set<String>> claimsByDisruption = new HashMap<>();
        Map<String, Integer> deliveriesById = new HashMap<>();
        Map<String, Integer> byType = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, Long> end = null;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    CloudEvent event = record.value();
                    deliveriesById.merge(event.getId(), 1, Integer::sum);
                    byType.merge(event.getType(), 1, Integer::sum);
                    if (createdType.equals(event.getType()) && event.getData() != null) {
                        String disruption = data(event).path(idField).asText();
                        claimsByDisruption.computeIfAbsent(disruption, k -> new LinkedHashSet<>()).add(event.getId());
                    }
                }
                if (end == null && claimsByDisruption.keySet().containsAll(expected)) {
                    end = consumer.endOffsets(partitions);
                }
                if (end != null && reached(consumer, end)) {
                    break;
                }
            }
        }
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(claimsByDisruption.keySet());
        Set<String> duplicated = new HashSet<>();
        claimsByDisruption.forEach((disruption, ids) -> {
            if (expected.contains(disruption) && ids.size() > 1) {
                duplicated.add(disruption);
            }
        });
        int redeliveries = deliveriesById.values().stream().mapToInt(n -> n - 1).sum();
        return new Result(records, lost, duplicated, redeliveries, byType);
    }

    private static boolean reached(KafkaConsumer<String, CloudEvent> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return Http.JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
