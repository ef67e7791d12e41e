package uk.police.wm.rcs.gateway.benchmark;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.Ports;
import uk.police.wm.rcs.stack.RepoLayout;
import uk.police.wm.rcs.stack.ServiceProcess;
import uk.police.wm.rcs.stack.testing.ClosedLoop;
import uk.police.wm.rcs.stack.testing.LoadClient;
import uk.police.wm.rcs.stack.testing.NearestRank;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Prints POST-to-visible latency (issue 6), asserts no time: the packaged rocu-service runs beside this gateway on
 * the same PostgreSQL and Kafka; after a warm-up, 16 clients writing back to back measure the run's capacity of
 * writes, then an open loop at {@code bench.visible.load} % of it (default 50) posts a disruption as a force system
 * and approves it as the panel; a watcher polls {@code GET /api/v1/governance/2012-13/Q1}. The
 * k-th approval to complete is taken as visible when the quarter's approved total first reaches k, and its latency
 * runs from the write's scheduled start (so a slow service cannot hide queueing). Needs the rocu-service jar:
 * {@code ./mvnw -pl rocu-service package -DskipTests} first.
 */
@QuarkusTest
@Tag("benchmark")
class PostToVisibleBenchmarkTest {

    /** The open loop's rate as a percentage of the run's closed-loop capacity of writes (16 clients). */
    private static final int LOAD = Integer.getInteger("bench.visible.load", 50);
    private static final int SECONDS = Integer.getInteger("bench.visible.seconds", 20);
    /** Writes before the measured run, 8 at a time: the JIT compilers, the relay, the consumer and the view. */
    private static final int WARM_UP = Integer.getInteger("bench.visible.warmup", 2000);
    /**
     * The watcher's polling period, the figures' resolution. Each poll after a new event recomputes the view, so a
     * much shorter period makes the watcher itself a load on the two cores it measures.
     */
    private static final long WATCH_MILLIS = Long.getLong("bench.visible.watch-ms", 20);
    private static final String FORCE = TestTokens.forSubject("service-account-force-wmp").forceSystem("WMP").sign();
    private static final String PANEL = TestTokens.forSubject("bench-moderator").person("SECRET", "moderator").sign();
    private static final String VIEWER = TestTokens.forSubject("bench-viewer").person("SECRET", "governance-viewer")
            .sign();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/governance/2012-13/Q1")
    URL governance;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The writes' client (the open loop's 128 threads): it leaves the two cores to the services it measures. */
    private final LoadClient writer = new LoadClient(128);

    /** One write: when it was due to start, when its approval answered, and whether both requests succeeded. */
    private record Write(long due, long approved, boolean ok) {
    }

    @Test
    void printPostToVisibleLatency() throws Exception {
        EmbeddedPostgresServer.createDatabase(PostgresKafkaTestResource.postgresPort(), "rocu_visible");
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(ServiceProcess.environment(port,
                PostgresKafkaTestResource.jdbcUrl("rocu_visible"), EmbeddedPostgresServer.USERNAME,
                EmbeddedPostgresServer.PASSWORD, PostgresKafkaTestResource.kafka().bootstrapServers(), ""));
        env.put("QUARKUS_OIDC_PUBLIC_KEY", System.getProperty("uk.police.wm.rcs.test.public-key"));
        env.put("QUARKUS_LOG_CONSOLE_LEVEL", "WARN");
        Path jar = privateCopy(RepoLayout.locate().root().resolve("rocu-service/target/quarkus-app"))
                .resolve("quarkus-run.jar");
        try (ServiceProcess rocu = ServiceProcess.launch("rocu-service", jar, port, env,
                Path.of("target/benchmark/rocu-service.log"))) {
            rocu.awaitReady();
            String base = rocu.baseUrl();
            String panel = (String) post(base + "/api/v1/moderation/panels", PANEL, Map.of("heldOn", "2012-06-06",
                    "chair", "Benchmark chair", "attendingForces", List.of("WMP"))).get("id");
            ExecutorService warmUp = Executors.newFixedThreadPool(8);
            for (int i = 0; i < WARM_UP; i++) {
                warmUp.submit(() -> write(base, panel));
            }
            warmUp.shutdown();
            warmUp.awaitTermination(5, TimeUnit.MINUTES);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> approved() >= WARM_UP);
            ClosedLoop.Result closed = ClosedLoop.run(Duration.ofSeconds(10), 16, () -> () -> write(base, panel));
            double capacity = closed.perSecond();
            int rate = (int) Math.max(1, Math.round(capacity * LOAD / 100));
            System.out.printf("BENCHMARK gateway: capacity of writes (POST + APPROVE, 16 clients back to back, 10 s):"
                    + " %.0f/s; the open loop offers %d %% of it%n", capacity, LOAD);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> approved() >= WARM_UP + closed.succeeded());
            long before = approved();

            ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread watcher = new Thread(() -> {
                while (watching.get()) {
                    long count = approved();
                    samples.add(new long[] {System.nanoTime(), count});
                    LockSupport.parkNanos(WATCH_MILLIS * 1_000_000L);
                }
            }, "visible-watcher");
            watcher.start();
            List<Write> writes = openLoop(base, panel, rate);
            long ok = writes.stream().filter(Write::ok).count();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> samples.stream().anyMatch(s -> s[1] >= before + ok));
            watching.set(false);
            watcher.join();
            print(writes, new ArrayList<>(samples), before, rate);
        }
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    /** A copy of the packaged service, so a rebuild of rocu-service while this runs cannot pull it away. */
    private static Path privateCopy(Path app) throws java.io.IOException {
        Path copy = Path.of("target/benchmark/rocu-service-app").toAbsolutePath();
        if (Files.exists(copy)) {
            try (var old = Files.walk(copy)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (var files = Files.walk(app)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(app.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private List<Write> openLoop(String base, String panel, int rate) throws InterruptedException {
        int total = rate * SECONDS;
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Write> done = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(128);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            pool.submit(() -> {
                boolean ok = write(base, panel);
                done.add(new Write(due, System.nanoTime(), ok));
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        return new ArrayList<>(done);
    }

    private boolean write(String base, String panel) {
        try {
            String source = "BENCH-" + UUID.randomUUID();
            Object id = post(base + "/api/v1/disruptions", FORCE, Map.of("sourceRecordId", source, "targetType",
                    "NONE", "leadAgency", "ROCU", "crimeType", "DRUGS", "claimedImpact", "MODERATE", "category",
                    "PURSUE", "activityLevel", "REGIONAL", "disruptedOn", "2012-05-10",
                    "narrative", "Synthetic benchmark record.")).get("id");
            return id != null && post(base + "/api/v1/moderation/panels/" + panel + "/decisions", PANEL,
                    Map.of("disruptionId", id, "decision", "APPROVE")).get("id") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Map<?, ?> post(String url, String token, Map<String, ?> body) {
        try {
            LoadClient.Answer answer = writer.exchange(LoadClient.Request.postJson(URI.create(url), token,
                    JSON.writeValueAsString(body)));
            if (answer.status() >= 300) {
                throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.body());
            }
            return JSON.readValue(answer.body(), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long approved() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(governance.toURI())
                    .header("Authorization", "Bearer " + VIEWER).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body()).at("/rocu/figures/approvedDisruptions/total/current/value").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void print(List<Write> writes, List<long[]> samples, long before, int rate) {
        List<Write> ok = writes.stream().filter(Write::ok).sorted(Comparator.comparingLong(Write::approved)).toList();
        long[] latencies = new long[ok.size()];
        int s = 0;
        for (int k = 0; k < ok.size(); k++) {
            while (s < samples.size() - 1 && samples.get(s)[1] < before + k + 1) {
                s++;
            }
            latencies[k] = Math.max(samples.get(s)[0], ok.get(k).approved()) - ok.get(k).due();
        }
        long[] written = ok.stream().mapToLong(w -> w.approved() - w.due()).sorted().toArray();
        java.util.Arrays.sort(latencies);
        double span = (ok.get(ok.size() - 1).approved() - writes.stream().mapToLong(Write::due).min().orElseThrow())
                / 1e9;
        System.out.printf("BENCHMARK gateway: POST-to-visible at %d writes/s offered for %d s: %d writes (POST +"
                        + " APPROVE), %d failed, achieved %.0f writes/s; POST+APPROVE done p50 %.0f ms p99 %.0f ms;"
                        + " visible in the governance API p50 %.0f ms, p99 %.0f ms, max %.0f ms (target p99 < 1000 ms,"
                        + " ratio %.2f); %d watcher polls, one every %d ms%n",
                rate, SECONDS, writes.size(), writes.size() - ok.size(), ok.size() / span, pct(written, 0.5),
                pct(written, 0.99), pct(latencies, 0.5), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6,
                pct(latencies, 0.99) / 1000.0, samples.size(), WATCH_MILLIS);
    }

    private static double pct(long[] sorted, double p) {
        return NearestRank.of(sorted, p) / 1e6;
    }
}
