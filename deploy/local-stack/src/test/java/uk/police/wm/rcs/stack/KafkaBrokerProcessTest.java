package uk.police.wm.rcs.stack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A real Kafka 4.4 broker: records go through, and a stop and start on the same port and directory loses none. */
class KafkaBrokerProcessTest {

    @TempDir
    static Path dir;

    private static KafkaBrokerProcess kafka;

    @BeforeAll
    static void startBroker() {
        kafka = KafkaBrokerProcess.create(RepoLayout.locate().kafkaBrokerClasspath(), dir.resolve("kafka"), 0, 0);
        kafka.start();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void producedRecordIsConsumedAndSurvivesARestartOnTheSamePort() throws Exception {
        String topic = "test-" + UUID.randomUUID();
        send(topic, "before-restart");

        long firstPid = kafka.pid();
        int port = kafka.port();
        kafka.stop();
        assertThat(kafka.isRunning()).isFalse();
        assertThat(ProcessHandle.of(firstPid)).isEmpty();
        assertThat(Ports.isFree(port)).isTrue();

        kafka.start();
        assertThat(kafka.port()).isEqualTo(port);
        assertThat(kafka.pid()).isNotEqualTo(firstPid);
        send(topic, "after-restart");

        assertThat(consumeAll(topic, 2)).containsExactlyInAnyOrder("before-restart", "after-restart");
    }

    @Test
    void autoCreatedTopicsHaveSixPartitionsAndListenOnLoopbackOnly() throws Exception {
        String topic = "partitions-" + UUID.randomUUID();
        send(topic, "x");
        try (KafkaProducer<String, String> producer = producer()) {
            assertThat(producer.partitionsFor(topic)).hasSize(6);
        }
        assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
        assertThat(java.nio.file.Files.readString(dir.resolve("kafka/server.properties")))
                .contains("listeners=PLAINTEXT://127.0.0.1:" + kafka.port() + ",CONTROLLER://127.0.0.1:" + kafka.controllerPort());
    }

    private static void send(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
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
