package uk.police.wm.rcs.rocu.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.LoadClient;
import uk.police.wm.rcs.stack.testing.OpenLoop;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.KafkaBrokerProcess;
import uk.police.wm.rcs.stack.Ports;
import uk.police.wm.rcs.stack.ServiceProcess;

/**
 * The rocu-service benchmark: the packaged service over HTTP with signed tokens, against a real PostgreSQL and
 * Kafka, beside a raw-JDBC baseline (the same disruption row plus its outbox row). Prints the figures and writes
 * {@code target/benchmark/results.md}. Run: see the module README ({@code -Pbenchmark}).
 */
@Tag("benchmark")
class DisruptionBenchmark {

    /** Open-loop rates, run in turn (e.g. {@code -Dbenchmark.rate=600,800,1000}); the last is the target's. */
    private static final List<Integer> RATES = Arrays.stream(System.getProperty("benchmark.rate", "1000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);
    /** Connections of the open loop: a fleet of force systems, each posting over a kept-alive connection. */
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 64);
    private static final int BATCHES = Integer.getInteger("benchmark.batches", 3);
    private static final int BATCH_SIZE = 10_000;
    // Quarkus, Hibernate and the JDBC driver keep the JIT compiler busy for tens of seconds on 2 cores
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 60);

    private final List<String> report = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchmarkTokens tokens = new BenchmarkTokens();
        Path out;
        try (BenchmarkStack stack = BenchmarkStack.start("baseline", "rocu")) {
            EmbeddedPostgresServer pg = stack.pg();
            KafkaBrokerProcess kafka = stack.kafka();
            Path jar = stack.jar();
            out = stack.out();
            // the baseline database gets the service's own schema (its migrations), then the service stops
            try (ServiceProcess migrate = launch(jar, pg, kafka, "baseline", tokens, out.resolve("migrate.log"))) {
                migrate.awaitReady();
            }
            long started = System.nanoTime();
            try (ServiceProcess service = launch(jar, pg, kafka, "rocu", tokens, out.resolve("service.log"))) {
                service.awaitReady();
                double startSeconds = (System.nanoTime() - started) / 1e9;
                line("Service start to ready (fresh database, migrations included): %.2f s (target < 2 s)",
                        startSeconds);
                String token = tokens.forceSystem("WMP");
                mapBenchmarkOcg(pg);
                Map<String, Double> baselineBefore = CpuTime.byProcess(service.pid(), postgresPort(pg));
                double baseline = baseline(pg);
                line("CPU per baseline row (ms; client = the JDBC loop): %s", CpuTime.perRequest(baselineBefore,
                        CpuTime.byProcess(service.pid(), postgresPort(pg)), baseline * SECONDS));
                // JIT warm-up of the service's request path before anything is measured
                closedLoop(service.baseUrl(), token, WARM_UP_SECONDS, CONCURRENCY);
                Map<String, Double> cpuBefore = CpuTime.byProcess(service.pid(), postgresPort(pg));
                double closed = closedLoop(service.baseUrl(), token, SECONDS, CONCURRENCY);
                line("CPU per single POST in that run (ms; client = this JVM): %s",
                        CpuTime.perRequest(cpuBefore, CpuTime.byProcess(service.pid(), postgresPort(pg)), closed * SECONDS));
                line("Single POST sustained throughput, %d concurrent clients: %.0f req/s; baseline raw JDBC"
                        + " (disruption row + outbox row, %d connections): %.0f rows/s; ratio %.1f %% (target >= 50 %%)",
                        CONCURRENCY, closed, CONCURRENCY, baseline, 100 * closed / baseline);
                // the service waits on the database and Kafka, so more clients than connections can add throughput
                double wide = closedLoop(service.baseUrl(), token, SECONDS, 4 * CONCURRENCY);
                line("Single POST sustained throughput, %d concurrent clients: %.0f req/s; ratio to the same baseline"
                        + " %.1f %%", 4 * CONCURRENCY, wide, 100 * wide / baseline);
                ceilings(service.baseUrl(), token);
                for (int rate : RATES) {
                    awaitOutboxDrained(pg);
                    Map<String, Double> openBefore = CpuTime.byProcess(service.pid(), postgresPort(pg));
                    long wallBefore = System.nanoTime();
                    openLoop(service.baseUrl(), token, kafka.bootstrapServers(), rate);
                    Map<String, Double> openAfter = CpuTime.byProcess(service.pid(), postgresPort(pg));
                    double wall = (System.nanoTime() - wallBefore) / 1e9;
                    double busy = (CpuTime.total(openAfter) - CpuTime.total(openBefore)) / wall;
                    line("CPU per request in that open loop (ms): %s; cores busy over it: %.2f of %d", CpuTime.perRequest(
                            openBefore, openAfter, rate * SECONDS), busy, Runtime.getRuntime().availableProcessors());
                }
                Map<String, Double> batchBefore = CpuTime.byProcess(service.pid(), postgresPort(pg));
                long imported = batches(service.baseUrl(), token);
                line("CPU per imported record (ms; client = this JVM, which builds and sends the batches): %s",
                        CpuTime.perRequest(batchBefore, CpuTime.byProcess(service.pid(), postgresPort(pg)), imported));
                long rss = rssKb(service.pid());
                line("Service RSS after the run: %d MB (target < 300 MB)", rss / 1024);
                // a measuring window, not a wait for a condition: the same process ten seconds later, idle (the JVM
                // hands the compiler's and the C library's free memory back every few seconds)
                Thread.sleep(10_000);
                line("Service RSS 10 s later, idle: %d MB", rssKb(service.pid()) / 1024);
            }
        }
        String text = "# rocu-service benchmark, " + Instant.now() + "\n\nMachine: "
                + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM. Settings: rate " + RATES
                + " req/s for " + SECONDS + " s, concurrency " + CONCURRENCY + ", " + BATCHES + " batches of "
                + BATCH_SIZE + ".\n\n" + String.join("\n", report.stream().map(l -> "- " + l).toList()) + "\n";
        Files.writeString(out.resolve("results.md"), text);
        System.out.println(text);
    }

    static ServiceProcess launch(Path jar, EmbeddedPostgresServer pg, KafkaBrokerProcess kafka, String db,
            BenchmarkTokens tokens, Path log) {
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(ServiceProcess.environment(port, pg.jdbcUrl(db), pg.username(),
                pg.password(), kafka.bootstrapServers(), ""));
        env.put("QUARKUS_OIDC_PUBLIC_KEY", tokens.publicKey());
        env.put("QUARKUS_LOG_CONSOLE_LEVEL", "WARN");
        // e.g. -Dbenchmark.serviceJavaOptions=-XX:StartFlightRecording=filename=/tmp/rocu.jfr to profile the service
        String javaOptions = System.getProperty("benchmark.serviceJavaOptions", "");
        if (!javaOptions.isBlank()) {
            env.put("JAVA_TOOL_OPTIONS", javaOptions);
        }
        return ServiceProcess.launch("rocu-service", jar, port, env, log);
    }

    /** The group every benchmark claim cites: a claim cites only groups of the register. */
    static void mapBenchmarkOcg(EmbeddedPostgresServer pg) throws java.sql.SQLException {
        try (Connection c = pg.connect("rocu"); PreparedStatement s = c.prepareStatement("insert into ocg (id,"
                + " reference, name, owning_force, lead_responsible_officer, predominant_crime_type,"
                + " secondary_crime_types, activity_level, threat_band, status, classification, caveats, created_at,"
                + " created_by, updated_at, version) values (gen_random_uuid(), 'OCG-BENCH-1', 'Synthetic', 'WMP',"
                + " 'LRO', 'DRUGS', '', 'REGIONAL', '3A', 'ACTIVE', 'OFFICIAL', '{}', now(), 'bench', now(), 0)")) {
            s.executeUpdate();
        }
    }

    private static String claim(String id) {
        return "{\"sourceRecordId\":\"" + id + "\",\"targetType\":\"OCG\",\"ocgReference\":\"OCG-BENCH-1\","
                + "\"leadAgency\":\"ROCU\",\"crimeType\":\"DRUGS\",\"claimedImpact\":\"MODERATE\",\"category\":\"PURSUE\","
                + "\"activityLevel\":\"REGIONAL\",\"disruptedOn\":\"2018-08-14\","
                + "\"narrative\":\"Synthetic benchmark record.\"}";
    }

    /** Closed loop, {@link #CONCURRENCY} connections, for {@link #SECONDS}: rows per second. */
    private double baseline(EmbeddedPostgresServer pg) throws Exception {
        String disruption = "insert into disruption (id, force, source_record_id, content_hash, target_type,"
                + " ocg_reference, lead_agency, crime_type, claimed_impact, category, activity_level, disrupted_on,"
                + " narrative, highlight, classification, caveats, status, recorded_at, recorded_by, updated_at, version)"
                + " values (?, 'WMP', ?, ?, 'OCG', 'OCG-BENCH-1', 'ROCU', 'DRUGS', 'MODERATE', 'PURSUE', 'REGIONAL', ?,"
                + " 'Synthetic benchmark record.', false, 'OFFICIAL_SENSITIVE', '{}', 'CLAIMED', now(), 'bench', now(), 0)";
        String outbox = "insert into outbox_event (id, source, type, subject, aggregate_type, aggregate_id, time, data,"
                + " classification, caveats) values (?, '/bench', 'uk.police.wm.rocu.disruption.claimed.v1', ?,"
                + " 'disruption', ?, now(), ?::jsonb, 'OFFICIAL_SENSITIVE', '{}')";
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        for (int t = 0; t < CONCURRENCY; t++) {
            pool.submit(() -> {
                try (Connection c = pg.connect("baseline"); PreparedStatement d = c.prepareStatement(disruption);
                        PreparedStatement o = c.prepareStatement(outbox)) {
                    c.setAutoCommit(false);
                    while (!stop.get()) {
                        UUID id = UUID.randomUUID();
                        d.setObject(1, id);
                        d.setString(2, "B-" + id);
                        d.setString(3, "0".repeat(64));
                        d.setObject(4, LocalDate.of(2018, 8, 14));
                        d.executeUpdate();
                        o.setObject(1, UUID.randomUUID());
                        o.setString(2, id.toString());
                        o.setString(3, id.toString());
                        o.setString(4, "{\"disruptionId\":\"" + id + "\",\"force\":\"WMP\",\"crimeType\":\"DRUGS\"}");
                        o.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(SECONDS * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        // the backends of the closed connections exit on their own time; only once reaped does the postmaster's
        // children time (CpuTime) hold their CPU
        awaitNone(pg, "postgres", "select count(*) from pg_stat_activity where datname = 'baseline'",
                Duration.ofSeconds(30));
        return done.get() / (double) SECONDS;
    }

    private double closedLoop(String base, String token, int seconds, int concurrency) throws Exception {
        URI claims = URI.create(base + "/api/v1/disruptions");
        return closedLoop(seconds, concurrency, 201,
                () -> LoadClient.Request.postJson(claims, token, claim("C-" + UUID.randomUUID())), this::line);
    }

    /**
     * Requests per second answered with {@code expected}, {@code concurrency} clients for {@code seconds}; the
     * number of other answers, if any, goes to {@code report}.
     */
    static double closedLoop(int seconds, int concurrency, int expected, Supplier<LoadClient.Request> request,
            Report report) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try (LoadClient http = new LoadClient(concurrency)) {
            for (int t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        (http.send(request.get()) == expected ? ok : failed).incrementAndGet();
                    }
                    return null;
                });
            }
            // a measuring window, not a wait for a condition
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (failed.get() > 0) {
            report.line("Closed loop: %d requests failed", failed.get());
        }
        return ok.get() / (double) seconds;
    }

    /**
     * What the same clients get from the service without the write: an unauthenticated health check, and a signed
     * request that reads one missing record (token check, one indexed select, a problem+json 404).
     */
    private void ceilings(String base, String token) throws Exception {
        URI live = URI.create(base + "/q/health/live");
        double health = closedLoop(SECONDS, CONCURRENCY, 200, () -> LoadClient.Request.get(live, null), this::line);
        double read = closedLoop(SECONDS, CONCURRENCY, 404, () -> LoadClient.Request.get(
                URI.create(base + "/api/v1/disruptions/" + UUID.randomUUID()), token), this::line);
        line("Same %d clients, no write: GET /q/health/live %.0f req/s; signed GET of a missing disruption (token"
                + " check + one select + 404) %.0f req/s", CONCURRENCY, health, read);
    }

    /**
     * Waits until the relay has published everything the closed loops appended, so that an open loop is measured on
     * its own and not beside the relay catching up.
     */
    private static void awaitOutboxDrained(EmbeddedPostgresServer pg) {
        awaitNone(pg, "rocu", "select count(*) from outbox_event where published_at is null", Duration.ofMinutes(2));
    }

    /** Waits until {@code count} (a {@code select count(*)}) finds nothing in {@code database}. */
    private static void awaitNone(EmbeddedPostgresServer pg, String database, String count, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (Connection c = pg.connect(database); PreparedStatement s = c.prepareStatement(count);
                    ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) == 0;
            }
        });
    }

    /** Open loop at {@code rate}: latency from each request's intended start; outbox lag from ce_time. */
    private void openLoop(String base, String token, String bootstrap, int rate) throws Exception {
        URI claims = URI.create(base + "/api/v1/disruptions");
        Latencies lag = new Latencies();
        AtomicBoolean consuming = new AtomicBoolean(true);
        CountDownLatch positioned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consumeLag(bootstrap, positioned, lag, consuming));
        consumer.start();
        positioned.await();
        OpenLoop.Result result = OpenLoop.run(rate, SECONDS, CONNECTIONS, Duration.ofSeconds(2),
                i -> LoadClient.Request.postJson(claims, token, claim("O-" + UUID.randomUUID())), status -> status == 201);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> lag.count() >= result.sent() - result.failed());
        } catch (ConditionTimeoutException e) {
            // the figures below say how many events arrived: an incomplete count is itself a finding
        }
        consuming.set(false);
        consumer.join();
        line("Open loop at %d req/s for %d s over %d connections: %d scheduled, %d dropped (over 2 s late), %d failed,"
                + " answered %.0f/s; latency from each request's scheduled time p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (target p99 < 25 ms)", rate, SECONDS, CONNECTIONS, result.scheduled(), result.dropped(),
                result.failed(), result.answeredPerSecond(), result.percentileMillis(50), result.percentileMillis(99),
                result.percentileMillis(100));
        line("Worst latency of each second of that run (ms): %s", Arrays.toString(
                result.worstPerSecondMillis()));
        line("Outbox publish lag (append to consumer receipt) over %d events: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (target p99 < 500 ms)", lag.count(), lag.percentileMillis(50), lag.percentileMillis(99),
                lag.percentileMillis(100));
    }

    /**
     * Receives the events appended from now on: the consumer starts at the end of every partition (counting down
     * {@code positioned} once it is there), so the events of earlier phases are neither read nor counted.
     */
    private static void consumeLag(String bootstrap, CountDownLatch positioned, Latencies lag,
            AtomicBoolean consuming) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("rocu.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (consuming.get()) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    Header time = r.headers().lastHeader("ce_time");
                    Instant appended = Instant.parse(new String(time.value(), StandardCharsets.UTF_8));
                    lag.add(Duration.between(appended, Instant.now()).toNanos() / 1000);
                });
            }
        } finally {
            positioned.countDown();
        }
    }

    private long batches(String base, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long records = 0;
        long nanos = 0;
        for (int b = 0; b < BATCHES; b++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < BATCH_SIZE; i++) {
                body.append(i == 0 ? "" : ",").append(claim("N" + b + "-" + i + "-" + UUID.randomUUID()));
            }
            body.append(']');
            long start = System.nanoTime();
            HttpResponse<String> accepted = http.send(post(base + "/api/v1/disruptions:batch", token,
                    body.toString()), HttpResponse.BodyHandlers.ofString());
            String location = accepted.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("batch answered " + accepted.statusCode() + ": " + accepted.body()));
            AtomicReference<String> job = new AtomicReference<>();
            await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        job.set(http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization",
                                "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                        return !job.get().contains("\"RUNNING\"");
                    });
            if (!job.get().contains("\"created\":" + BATCH_SIZE)) {
                throw new IllegalStateException("batch job did not create every record: "
                        + job.get().substring(0, Math.min(300, job.get().length())));
            }
            nanos += System.nanoTime() - start;
            records += BATCH_SIZE;
        }
        line("Batch import: %d records in %d batches of %d, %.0f records/s end to end (POST to job completed;"
                + " target >= 30,000/s)", records, BATCHES, BATCH_SIZE, records / (nanos / 1e9));
        return records;
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static int postgresPort(EmbeddedPostgresServer pg) {
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(pg.jdbcUrl("rocu"));
        return port.find() ? Integer.parseInt(port.group(1)) : -1;
    }

    private static long rssKb(long pid) throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Where a benchmark's printed lines go. */
    @FunctionalInterface
    interface Report {
        void line(String format, Object... args);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }
}
