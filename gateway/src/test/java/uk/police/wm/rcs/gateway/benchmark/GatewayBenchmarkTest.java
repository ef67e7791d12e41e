package uk.police.wm.rcs.gateway.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.stack.testing.NearestRank;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Prints the gateway's speed figures (issue 6), never asserts a time: read-model apply and rebuild rates against a
 * plain consumer reading the same events (the baseline, same run), governance GET latency with a million
 * disruptions and a million referrals behind the read model (answered from the cache, and with the cache missed
 * every time), and board pack PDF time. Run with
 * {@code ./mvnw -pl gateway verify -Dgroups=benchmark -Dgateway.excludedGroups=none [-Dbench.events=200000]}.
 */
@QuarkusTest
@Tag("benchmark")
class GatewayBenchmarkTest {

    private static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    private static final String VIEWER = TestTokens.forSubject("bench").person("SECRET", "governance-viewer").sign();
    private static final String ADMIN = TestTokens.forSubject("bench-admin").person("OFFICIAL", "admin").sign();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    @Test
    void printFigures() {
        long applied0 = appliedEvents();
        long t0 = System.nanoTime();
        produceDisruptions(EVENTS);
        long produced = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> appliedEvents() >= applied0 + EVENTS);
        double liveSeconds = (System.nanoTime() - t0) / 1e9;
        double baseline = plainConsumerRate();
        print("produce %,d events: %.1f s", EVENTS, (produced - t0) / 1e9);
        print("live apply: %,.0f events/s (from first send to last applied)", EVENTS / liveSeconds);

        long total = appliedEvents();
        long r0 = System.nanoTime();
        given().auth().oauth2(ADMIN).when().post("/api/v1/read-model/rebuild").then().statusCode(202);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                appliedEvents() >= total && !given().auth().oauth2(VIEWER).when().get("/api/v1/read-model/freshness")
                        .then().extract().jsonPath().getBoolean("rebuilding"));
        double rebuildRate = total / ((System.nanoTime() - r0) / 1e9);
        print("rebuild: %,.0f events/s over %,d events; plain consumer baseline %,.0f records/s; ratio %.2f",
                rebuildRate, total, baseline, rebuildRate / baseline);

        padReadModelToAMillion();
        // latencies through a plain java.net.http client (REST Assured adds milliseconds of its own per request),
        // beside the same client's floor: the unauthenticated liveness check
        print("HTTP floor, GET /q/health/live through the same client: %s", latencies(500, () -> get("/q/health/live",
                null)));
        print("governance GET 2030-31/Q2 with %,d disruptions and %,d referrals in the read model: %s",
                count("rocu_disruption"), count("cyber_referral"),
                latencies(500, () -> get("/api/v1/governance/2030-31/Q2", VIEWER)));
        int[] next = {0};
        print("governance GET with the cache missed every time (a different quarter per request, same read model):"
                + " %s", latencies(400, () -> {
                    int i = next[0]++;
                    get("/api/v1/governance/" + (2000 + i / 4) + "-" + String.format("%02d", (2001 + i / 4) % 100)
                            + "/Q" + (i % 4 + 1), VIEWER);
                }));
        print("board pack PDF 2030-31/Q2: %s", latencies(20, () -> get("/api/v1/board-pack/2030-31/Q2/pdf", VIEWER)));
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    /** GET on this Quarkus test's port; anything but 200 fails the benchmark. */
    private static void get(String path, String token) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + io.restassured.RestAssured.port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            int status = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("GET " + path + " answered " + status);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void produceDisruptions(int events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props, new StringSerializer(),
                new io.cloudevents.kafka.CloudEventSerializer())) {
            String[] crimeTypes = {"DRUGS", "FIREARMS", "COUNTY_LINES", "FRAUD_AND_ECONOMIC_CRIME", "OTHER"};
            String[] quarters = {"2029-30/Q2", "2030-31/Q1", "2030-31/Q2"};
            for (int i = 0; i < events; i++) {
                String id = UUID.randomUUID().toString();
                Map<String, Object> data = new HashMap<>();
                data.putAll(Map.of("disruptionId", id, "version", 1, "force", "WMP", "sourceRecordId", "b-" + i,
                        "targetType", "NONE", "leadAgency", "ROCU", "crimeType", crimeTypes[i % crimeTypes.length],
                        "claimedImpact", "MAJOR", "category", "PURSUE", "activityLevel", "REGIONAL"));
                data.putAll(Map.of("disruptedOn", "2030-08-01", "quarter", quarters[i % quarters.length],
                        "highlight", false, "classification", "OFFICIAL_SENSITIVE", "status", "APPROVED"));
                producer.send(new ProducerRecord<>("rocu.events", id, TestEvents.event(
                        "/west-midlands/rocu-service", "uk.police.wm.rocu.disruption.claimed.v1", id, data)));
            }
            producer.flush();
        }
    }

    /** The baseline: how fast a plain consumer reads the same topic, applying nothing. */
    private double plainConsumerRate() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("rocu.events"));
            long read = 0;
            int empty = 0;
            long start = System.nanoTime();
            while (empty < 10) {
                int n = consumer.poll(Duration.ofMillis(200)).count();
                read += n;
                empty = n == 0 && read > 0 ? empty + 1 : 0;
            }
            return read / ((System.nanoTime() - start) / 1e9 - 2.0);
        }
    }

    /** Rows the requests never read, so the view is measured with a million records of each kind behind it. */
    private void padReadModelToAMillion() {
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            em.createNativeQuery("INSERT INTO rocu_disruption (id, version, force, lead_agency, crime_type,"
                    + " claimed_impact, category, activity_level, quarter, status, classification)"
                    + " SELECT gen_random_uuid(), 1, 'WMP', 'ROCU', 'DRUGS', 'MINOR', 'PURSUE', 'LOCAL', '2010-11/Q1',"
                    + " 'CLAIMED', 'OFFICIAL' FROM generate_series(1, GREATEST(0, 1000000 - (SELECT count(*)"
                    + " FROM rocu_disruption)))").executeUpdate();
            em.createNativeQuery("INSERT INTO cyber_referral (id, received_quarter, crime_class, outcome, contacted,"
                    + " classification) SELECT gen_random_uuid(), '2010-11/Q1', 'CYBER_ENABLED', 'FORCE_CID', true,"
                    + " 'OFFICIAL_SENSITIVE'"
                    + " FROM generate_series(1, GREATEST(0, 1000000 - (SELECT count(*) FROM cyber_referral)))")
                    .executeUpdate();
        });
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> em.createNativeQuery("ANALYZE").executeUpdate());
    }

    private long appliedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM consumed_event").getSingleResult()).longValue());
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }

    private static String latencies(int requests, Runnable request) {
        for (int i = 0; i < Math.min(20, requests); i++) {
            request.run(); // warm-up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            request.run();
            micros.add((System.nanoTime() - start) / 1000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms", requests,
                NearestRank.of(sorted, 0.50) / 1000.0, NearestRank.of(sorted, 0.99) / 1000.0,
                Arrays.stream(sorted).max().orElse(0) / 1000.0);
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCHMARK gateway: " + String.format(format, args));
    }
}
