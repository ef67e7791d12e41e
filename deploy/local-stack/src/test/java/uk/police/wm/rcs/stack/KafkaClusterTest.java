package uk.police.wm.rcs.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real 3-node KRaft cluster: every topic on 3 nodes with min.insync.replicas 2, and one node may stop and return. */
class KafkaClusterTest {

    @TempDir
    static Path dir;

    private static KafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = KafkaCluster.create(RepoLayout.locate().kafkaBrokerClasspath(), dir.resolve("cluster"), 3, 0);
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void serviceAndAutoCreatedTopicsAreReplicatedThreeTimesWithMinIsrTwo() throws Exception {
        String auto = "auto-" + UUID.randomUUID();
        send(auto, "x");
        List<String> topics = new ArrayList<>(KafkaCluster.SERVICE_TOPICS);
        topics.add(auto);
        Map<String, TopicDescription> described = cluster.describeTopics(topics);
        assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6)
                .allMatch(p -> p.replicas().size() == 3 && p.isr().size() == 3));
        try (Admin admin = cluster.admin()) {
            for (String topic : List.of("rocu.events", auto)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                assertThat(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                        .get("min.insync.replicas").value()).as(topic).isEqualTo("2");
            }
        }
        assertThat(cluster.bootstrapServers().split(",")).hasSize(3).allMatch(s -> s.startsWith("127.0.0.1:"));
    }

    @Test
    void aStoppedNodeLosesNoAcknowledgedWriteAndRejoinsTheIsr() throws Exception {
        String topic = "failover-" + UUID.randomUUID();
        cluster.createTopics(List.of(topic), 3);
        send(topic, "before");
        KafkaBrokerProcess node = cluster.node(2);
        node.stop();
        assertThat(node.isRunning()).isFalse();
        send(topic, "while-one-node-is-down");
        node.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> cluster.describeTopics(List.of(topic)).get(topic).partitions()
                .stream().allMatch(p -> p.isr().size() == 3));
        send(topic, "after");
        assertThat(consumeAll(topic, 3)).containsExactlyInAnyOrder("before", "while-one-node-is-down", "after");
    }

    private static void send(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }
}
