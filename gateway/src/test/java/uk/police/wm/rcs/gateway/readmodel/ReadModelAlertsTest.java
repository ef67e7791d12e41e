package uk.police.wm.rcs.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.AlertRules;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;

/**
 * The read model's alerts, each evaluated against the gateway's real /q/metrics output: EventSetAside when junk
 * reaches a topic, ReadModelConsumerLagging while a section's consumer cannot apply an event five minutes old.
 */
@QuarkusTest
class ReadModelAlertsTest {

    private static final String CONSUMER = "gateway-read-model";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void junkOnATopicIsSetAsideAndFiresEventSetAsideForItsSection() throws Exception {
        AlertRules quiet = AlertRules.forService("gateway").scrape(scrape()).scrape(scrape());
        quiet.assertQuiet("EventSetAside", 5);

        String before = scrape();
        double setAside = setAside(before, "cyber");
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>("cyber.events", "junk", "not a cloud event".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> setAside(scrape(), "cyber") == setAside + 1);

        AlertRules rules = AlertRules.forService("gateway").scrape(before).scrape(scrape());
        rules.assertFires("EventSetAside", 5, Map.of("section", "cyber"));
    }

    @Test
    void aSectionThatCannotApplyAnOldEventFiresConsumerLagging() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> lagSeconds(scrape(), "rocu") < 60);
        AlertRules.forService("gateway").scrape(scrape()).assertQuiet("ReadModelConsumerLagging", 5);

        try (Connection blocker = dataSource.getConnection();
                KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                        new CloudEventSerializer())) {
            // the consumer records every event id in consumed_event first: while this transaction holds the table,
            // the batch waits, as it would behind a stuck database
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE consumed_event IN ACCESS EXCLUSIVE MODE");
            }
            CloudEvent event = TestEvents.event("/west-midlands/rocu-service", "uk.police.wm.rocu.test.unknown.v1",
                    UUID.randomUUID().toString(), Map.of("note", "synthetic"));
            long fiveMinutesAgo = Instant.now().minusSeconds(300).toEpochMilli();
            producer.send(new ProducerRecord<>("rocu.events", null, fiveMinutesAgo, event.getSubject(), event)).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> lagSeconds(scrape(), "rocu") > 300);
            AlertRules rules = AlertRules.forService("gateway").scrape(scrape());
            blocker.rollback();
            rules.assertFires("ReadModelConsumerLagging", 5, Map.of("consumer", CONSUMER, "section", "rocu"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lagSeconds(scrape(), "rocu") < 60);
    }

    private static double setAside(String metrics, String section) {
        return ExposedMetrics.value(metrics, "rcs_read_model_events_set_aside_total", "section=\"" + section + "\"");
    }

    private static double lagSeconds(String metrics, String section) {
        return ExposedMetrics.value(metrics, "rcs_consumer_lag_seconds", "section=\"" + section + "\"");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
    }
}
