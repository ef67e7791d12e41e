package uk.police.wm.rcs.rocu.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.StringReader;
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
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.ClosedLoop;
import uk.police.wm.rcs.stack.testing.CpuTime;
import uk.police.wm.rcs.stack.testing.LoadClient;
import uk.police.wm.rcs.stack.testing.OpenLoop;
import uk.police.wm.rcs.stack.testing.CpuSplit;
import uk.police.wm.rcs.stack.testing.StallAttribution;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.KafkaBrokerProcess;
import uk.police.wm.rcs.stack.Ports;
import uk.police.wm.rcs.stack.RepoLayout;
import uk.police.wm.rcs.stack.ServiceProcess;

/**
 * The rocu-service benchmark: the packaged service over HTTP with signed tokens, against a real PostgreSQL and
 * Kafka, beside a raw-JDBC baseline (the same disruption row plus its outbox row). Prints the figures and writes
 * {@code target/benchmark/results.md}. Run: see the module README ({@code -Pbenchmark}).
 */
@Tag("benchmark")
class DisruptionBenchmark {

    /**
     * The open loops' rates as percentages of the run's own closed-loop capacity (16 clients), run in turn (e.g.
     * {@code -Dbenchmark.loads=50}): the figures hold on any machine because the load follows what it can take.
     */
    private static final List<Integer> LOADS = Arrays.stream(System.getProperty("benchmark.loads", "25,50,75")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    /** A second with a request slower than this is named, and attributed when the service is recorded. */
    private static final long SLOW_MILLIS = 50;
    /** A second with an event that reached the consumer later than this is named and attributed the same way. */
    private static final long LAG_GOAL_MILLIS = 100;
    /**
     * {@code -Dbenchmark.record=true}: the service runs with a flight recording ({@code target/benchmark/service.jfr},
     * profile settings) and each slow second of the open loops is attributed from it ({@link StallAttribution}).
     */
    private static final boolean RECORD = Boolean.getBoolean("benchmark.record");
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);
    /** Connections of the open loop: a fleet of force systems, each posting over a kept-alive connection. */
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 64);
    private static final int BATCHES = Integer.getInteger("benchmark.batches", 3);
    private static final int BATCH_SIZE = 10_000;
    private static final int SETTLE_SECONDS = Integer.getInteger("benchmark.settle", 10);
    // Quarkus, Hibernate and the JDBC driver keep the JIT compiler busy for tens of seconds on 2 cores
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 60);

    /** The service's threads, the request threads first: their samples are split by {@link #PARTS}. */
    private static final List<CpuSplit.Threads> THREADS = List.of(
            CpuSplit.Threads.of("request threads", "executor-thread-", "vert.x-eventloop-thread-"),
            CpuSplit.Threads.of("outbox relay", "outbox-relay"),
            CpuSplit.Threads.of("Kafka producer", "kafka-producer-network-thread"));
    /** The parts of the claim path, by package: the same parts as the read path's split in the README. */
    private static final List<CpuSplit.Part> PARTS = List.of(
            CpuSplit.Part.of("HTTP (Vert.x, Netty)", "io.vertx", "io.netty", "io.quarkus.vertx"),
            CpuSplit.Part.of("REST layer, CDI and worker pool", "org.jboss.resteasy.reactive",
                    "io.quarkus.resteasy.reactive", "io.quarkus.rest", "io.quarkus.arc", "io.quarkus.runtime",
                    "org.jboss.threads", "io.smallrye.mutiny", "io.smallrye.context"),
            CpuSplit.Part.of("tracing (OpenTelemetry)", "io.opentelemetry", "io.quarkus.opentelemetry"),
            CpuSplit.Part.of("token and identity", "io.quarkus.oidc", "io.quarkus.security", "io.smallrye.jwt",
                    "org.jose4j", "uk.police.wm.rcs.platform.security"),
            CpuSplit.Part.of("input checks (Bean Validation)", "org.hibernate.validator", "jakarta.validation"),
            CpuSplit.Part.of("Hibernate", "org.hibernate"),
            CpuSplit.Part.of("JDBC driver and pool", "org.postgresql", "io.agroal"),
            CpuSplit.Part.of("transactions (Narayana)", "com.arjuna", "io.narayana", "io.quarkus.narayana"),
            CpuSplit.Part.of("JSON (Jackson)", "com.fasterxml.jackson"),
            CpuSplit.Part.of("Kafka client", "org.apache.kafka"),
            CpuSplit.Part.of("logging and metrics", "org.jboss.logging", "org.jboss.logmanager", "io.micrometer"),
            CpuSplit.Part.of("the services' own code (platform, rocu)", "uk.police.wm.rcs"));

    private final List<String> report = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchmarkTokens tokens = new BenchmarkTokens();
        Path out;
        List<OpenLoopRow> rows = new ArrayList<>();
        try (BenchmarkStack stack = BenchmarkStack.start("baseline", "rocu")) {
            EmbeddedPostgresServer pg = stack.pg();
            KafkaBrokerProcess kafka = stack.kafka();
            Path jar = stack.jar();
            out = stack.out();
            // the baseline database gets the service's own schema (its migrations), then the service stops
            try (ServiceProcess migrate = launch(jar, pg, kafka, "baseline", tokens, out.resolve("migrate.log"))) {
                migrate.awaitReady();
            }
            Path recording = out.resolve("service.jfr");
            Files.deleteIfExists(recording);
            long started = System.nanoTime();
            double startSeconds;
            long rss;
            Instant capacityFrom;
            Instant capacityTo;
            double claimsAtCapacity;
            try (ServiceProcess service = launch(jar, pg, kafka, "rocu", tokens, out.resolve("service.log"),
                    RECORD ? recording : null)) {
                service.awaitReady();
                startSeconds = (System.nanoTime() - started) / 1e9;
                line("Service start to ready (fresh database, migrations included): %.2f s", startSeconds);
                String token = tokens.forceSystem("WMP");
                mapBenchmarkOcg(pg);
                Map<String, Double> baselineBefore = CpuTime.byProcess(service.pid(), pg.port());
                double baseline = baseline(pg);
                line("CPU per baseline row (ms; client = the JDBC loop): %s", CpuTime.perRequest(baselineBefore,
                        CpuTime.byProcess(service.pid(), pg.port()), baseline * SECONDS));
                // JIT warm-up of the service's request path before anything is measured
                closedLoop(service.baseUrl(), token, WARM_UP_SECONDS, CONCURRENCY);
                Map<String, Double> cpuBefore = CpuTime.byProcess(service.pid(), pg.port());
                capacityFrom = Instant.now();
                double capacity = closedLoop(service.baseUrl(), token, SECONDS, CONCURRENCY);
                capacityTo = Instant.now();
                claimsAtCapacity = capacity * SECONDS;
                line("CPU per single POST in that run (ms; client = this JVM): %s", CpuTime.perRequest(cpuBefore,
                        CpuTime.byProcess(service.pid(), pg.port()), capacity * SECONDS));
                line("Single POST sustained throughput, %d concurrent clients (the run's capacity): %.0f req/s;"
                        + " baseline raw JDBC (disruption row + outbox row, %d connections): %.0f rows/s; ratio %.1f %%"
                        + " (goal >= 35 %%)", CONCURRENCY, capacity, CONCURRENCY, baseline, 100 * capacity / baseline);
                // the service waits on the database and Kafka, so more clients than connections can add throughput
                double wide = closedLoop(service.baseUrl(), token, SECONDS, 4 * CONCURRENCY);
                line("Single POST sustained throughput, %d concurrent clients: %.0f req/s; ratio to the same baseline"
                        + " %.1f %%", 4 * CONCURRENCY, wide, 100 * wide / baseline);
                ceilings(service.baseUrl(), token);
                settle(service.baseUrl(), token, pg, (int) Math.max(1, Math.round(capacity * LOADS.get(0) / 100)));
                for (int load : LOADS) {
                    awaitOutboxDrained(pg);
                    int rate = (int) Math.max(1, Math.round(capacity * load / 100));
                    Map<String, Double> openBefore = CpuTime.byProcess(service.pid(), pg.port());
                    long wallBefore = System.nanoTime();
                    OpenLoopRow row = openLoop(service.baseUrl(), token, kafka.bootstrapServers(), load, rate);
                    Map<String, Double> openAfter = CpuTime.byProcess(service.pid(), pg.port());
                    double wall = (System.nanoTime() - wallBefore) / 1e9;
                    rows.add(row.withCpu(CpuTime.perRequest(openBefore, openAfter, rate * SECONDS),
                            (CpuTime.total(openAfter) - CpuTime.total(openBefore)) / wall));
                }
                openLoopTable(rows);
                Map<String, Double> batchBefore = CpuTime.byProcess(service.pid(), pg.port());
                double imported = batches(service.baseUrl(), token);
                line("CPU per imported record (ms; client = this JVM, which builds and sends the batches): %s",
                        CpuTime.perRequest(batchBefore, CpuTime.byProcess(service.pid(), pg.port()),
                                BATCHES * BATCH_SIZE));
                Map<String, Double> copyBefore = CpuTime.byProcess(service.pid(), pg.port());
                double copied = copy(pg, BATCHES * BATCH_SIZE);
                line("Baseline PostgreSQL COPY of the same rows (disruption + outbox row, one transaction per %d):"
                        + " %.0f records/s; batch import ÷ COPY %.1f %%; CPU per copied record (ms; client = the"
                        + " COPY's JVM): %s", BATCH_SIZE, copied, 100 * imported / copied, CpuTime.perRequest(copyBefore,
                        CpuTime.byProcess(service.pid(), pg.port()), BATCHES * BATCH_SIZE));
                rss = rssKb(service.pid());
                line("Service RSS after the run: %d MB", rss / 1024);
                // a measuring window, not a wait for a condition: the same process ten seconds later, idle (the JVM
                // hands the compiler's and the C library's free memory back every few seconds)
                Thread.sleep(10_000);
                line("Service RSS 10 s later, idle: %d MB", rssKb(service.pid()) / 1024);
            }
            bare(out, startSeconds, rss);
            if (RECORD) {
                // the recording is written when the service exits
                CpuSplit.Split split = CpuSplit.of(recording, capacityFrom, capacityTo, THREADS, PARTS);
                line("The service's CPU at capacity, by thread (flight recording's execution samples): %s",
                        split.threadShares());
                line("Its request threads' samples by part of the code: %s", split.partShares());
                line("Its garbage collections at capacity: %d, pauses %.3f ms per claim", split.collections(),
                        split.pauses().toNanos() / 1e6 / claimsAtCapacity);
                Map<Integer, String> ports = Map.of(pg.port(), "postgres", kafka.port(), "kafka");
                for (OpenLoopRow row : rows) {
                    for (String stall : StallAttribution.of(recording, row.slow(), ports)) {
                        line("At %d %% of capacity, %s", row.load(), stall);
                    }
                    for (String stall : StallAttribution.of(recording, row.lagging(), ports)) {
                        line("At %d %% of capacity, outbox lag over %d ms: %s", row.load(), LAG_GOAL_MILLIS, stall);
                    }
                }
            }
        }
        String text = "# rocu-service benchmark, " + Instant.now() + "\n\nMachine: "
                + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM, load average "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the end. Settings: open loops at "
                + LOADS + " % of capacity for " + SECONDS + " s each, concurrency " + CONCURRENCY + ", " + BATCHES
                + " batches of " + BATCH_SIZE + ".\n\n" + String.join("\n", report.stream().map(l -> l.isEmpty()
                        || l.startsWith("|") ? l : "- " + l).toList()) + "\n";
        Files.writeString(out.resolve("results.md"), text);
        System.out.println(text);
    }

    static ServiceProcess launch(Path jar, EmbeddedPostgresServer pg, KafkaBrokerProcess kafka, String db,
            BenchmarkTokens tokens, Path log) {
        return launch(jar, pg, kafka, db, tokens, log, null);
    }

    /**
     * A bare Quarkus REST application (deploy/bare-quarkus: one endpoint and a health check), packaged and started as
     * the service is, after it, then loaded for {@link #SECONDS} by the same clients: what Quarkus itself costs to
     * start and to hold in memory on this machine in this run, as the yardstick of the service's figures.
     */
    private void bare(Path out, double serviceStartSeconds, long serviceRssKb) throws Exception {
        Path jar = RepoLayout.locate().root().resolve("deploy/bare-quarkus/target/quarkus-app/quarkus-run.jar");
        int port = Ports.freePort();
        long started = System.nanoTime();
        try (ServiceProcess bare = ServiceProcess.launch("bare-quarkus", jar, port, Map.of("QUARKUS_HTTP_PORT",
                Integer.toString(port), "QUARKUS_HTTP_HOST", Ports.LOOPBACK), out.resolve("bare.log"))) {
            bare.awaitReady();
            double startSeconds = (System.nanoTime() - started) / 1e9;
            URI hello = URI.create(bare.baseUrl() + "/hello");
            double served = closedLoop(SECONDS, CONCURRENCY, 200, () -> LoadClient.Request.get(hello, null),
                    this::line);
            long rss = rssKb(bare.pid());
            line("Beside a bare Quarkus REST application packaged and started the same way (then %.0f GET/s for %d s):"
                    + " start to ready %.2f s, the service's ÷ bare %.1f; RSS after load %d MB, the service's ÷ bare"
                    + " %.1f", served, SECONDS, startSeconds, serviceStartSeconds / startSeconds, rss / 1024,
                    serviceRssKb / (double) rss);
        }
    }

    /** The service, with a flight recording written to {@code recording} when it exits, unless null. */
    static ServiceProcess launch(Path jar, EmbeddedPostgresServer pg, KafkaBrokerProcess kafka, String db,
            BenchmarkTokens tokens, Path log, Path recording) {
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(ServiceProcess.environment(port, pg.jdbcUrl(db), pg.username(),
                pg.password(), kafka.bootstrapServers(), ""));
        env.put("QUARKUS_OIDC_PUBLIC_KEY", tokens.publicKey());
        env.put("QUARKUS_LOG_CONSOLE_LEVEL", "WARN");
        // e.g. -Dbenchmark.serviceJavaOptions=-XX:StartFlightRecording=filename=/tmp/rocu.jfr to profile the service
        String javaOptions = System.getProperty("benchmark.serviceJavaOptions", "");
        if (recording != null) {
            javaOptions += " -XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true";
        }
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
        ClosedLoop.Result rows = ClosedLoop.run(Duration.ofSeconds(SECONDS), CONCURRENCY, () -> {
            Connection c = pg.connect("baseline");
            PreparedStatement d = c.prepareStatement(disruption);
            PreparedStatement o = c.prepareStatement(outbox);
            c.setAutoCommit(false);
            return new ClosedLoop.Worker() {
                @Override
                public boolean step() throws Exception {
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
                    return true;
                }

                @Override
                public void close() throws Exception {
                    c.close();
                }
            };
        });
        // the backends of the closed connections exit on their own time; only once reaped does the postmaster's
        // children time (CpuTime) hold their CPU
        awaitNone(pg, "postgres", "select count(*) from pg_stat_activity where datname = 'baseline'",
                Duration.ofSeconds(30));
        return rows.perSecond();
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
        ClosedLoop.Result result = ClosedLoop.http(Duration.ofSeconds(seconds), concurrency,
                status -> status == expected, request);
        if (result.failed() > 0) {
            report.line("Closed loop: %d requests failed", result.failed());
        }
        return result.perSecond();
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

    /**
     * An unmeasured open loop at the first load point's {@code rate}, once the relay has caught up: the closed loops
     * leave the service, the broker and this JVM collecting and compiling for seconds after them (the first measured
     * open loop cost two to six times the CPU per request of the next one without this).
     */
    private static void settle(String base, String token, EmbeddedPostgresServer pg, int rate) throws Exception {
        awaitOutboxDrained(pg);
        claims(base, token, rate, SETTLE_SECONDS);
    }

    /** Claims of new records at {@code rate} for {@code seconds} over {@link #CONNECTIONS} connections. */
    private static OpenLoop.Result claims(String base, String token, int rate, int seconds)
            throws InterruptedException {
        URI claims = URI.create(base + "/api/v1/disruptions");
        return OpenLoop.run(rate, seconds, CONNECTIONS, Duration.ofSeconds(2),
                i -> LoadClient.Request.postJson(claims, token, claim("O-" + UUID.randomUUID())), status -> status == 201);
    }

    /** One open loop's figures, a row of the table. */
    record OpenLoopRow(int load, int rate, OpenLoop.Result result, EventLag lag, List<OpenLoop.Result.Second> slow,
            String cpuPerRequest, double coresBusy) {

        OpenLoopRow withCpu(String cpu, double busy) {
            return new OpenLoopRow(load, rate, result, lag, slow, cpu, busy);
        }

        /** The seconds of appends with an event that reached the consumer over the lag goal late. */
        List<OpenLoop.Result.Second> lagging() {
            return lag.secondsOver(LAG_GOAL_MILLIS);
        }
    }

    /**
     * The events of one open loop as a consumer received them: the lag from append ({@code ce_time}) to receipt, its
     * part up to the relay's send (the record's timestamp, the producer's CreateTime in milliseconds), and the worst
     * lag of each second of appends.
     */
    static final class EventLag {

        final Latencies total = new Latencies();
        final Latencies toSend = new Latencies();
        private final Map<Instant, Long> worstBySecond = new TreeMap<>();

        synchronized void add(Instant appended, long sentEpochMilli, Instant received) {
            long micros = Duration.between(appended, received).toNanos() / 1000;
            total.add(micros);
            toSend.add(Math.max(0, (sentEpochMilli - appended.toEpochMilli()) * 1000));
            worstBySecond.merge(appended.truncatedTo(ChronoUnit.SECONDS), micros / 1000, Math::max);
        }

        synchronized List<OpenLoop.Result.Second> secondsOver(long millis) {
            return worstBySecond.entrySet().stream().filter(e -> e.getValue() > millis)
                    .map(e -> new OpenLoop.Result.Second(e.getKey(), e.getValue())).toList();
        }
    }

    /**
     * Open loop at {@code rate} ({@code load} % of capacity): latency from each request's intended start; outbox lag
     * from ce_time.
     */
    private OpenLoopRow openLoop(String base, String token, String bootstrap, int load, int rate) throws Exception {
        EventLag lag = new EventLag();
        AtomicBoolean consuming = new AtomicBoolean(true);
        CountDownLatch positioned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consumeLag(bootstrap, positioned, lag, consuming));
        consumer.start();
        positioned.await();
        OpenLoop.Result result = claims(base, token, rate, SECONDS);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> lag.total.count() >= result.sent() - result.failed());
        } catch (ConditionTimeoutException e) {
            // the table says how many events arrived: an incomplete count is itself a finding
        }
        consuming.set(false);
        consumer.join();
        return new OpenLoopRow(load, rate, result, lag, result.secondsOver(SLOW_MILLIS), "", 0);
    }

    /** The open loops as one table, then each slow second with its clock time (to find it in a recording). */
    private void openLoopTable(List<OpenLoopRow> rows) {
        line("Open loops over %d connections, %d s each; latency from each request's scheduled time (goals at 50 %%:"
                + " p99 < 25 ms, p99.9 < 100 ms, outbox lag p99 < 100 ms):", CONNECTIONS, SECONDS);
        report.add("");
        line("| load | rate req/s | answered/s | dropped, failed | p50 ms | p99 ms | p99.9 ms | max ms | seconds with a"
                + " request over %d ms | outbox lag p50 / p99 ms (events) | of it, append to the relay's send p50 / p99"
                + " ms | CPU ms per request | cores busy |", SLOW_MILLIS);
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (OpenLoopRow r : rows) {
            OpenLoop.Result o = r.result();
            line("| %d %% | %d | %.0f | %d, %d | %.1f | %.1f | %.1f | %.1f | %d of %d | %.1f / %.1f (%d) | %.0f / %.0f"
                    + " | %s | %.2f |", r.load(), r.rate(), o.answeredPerSecond(), o.dropped(), o.failed(),
                    o.percentileMillis(50), o.percentileMillis(99), o.percentileMillis(99.9), o.percentileMillis(100),
                    r.slow().size(), o.worstPerSecondMillis().length, r.lag().total.percentileMillis(50),
                    r.lag().total.percentileMillis(99), r.lag().total.count(), r.lag().toSend.percentileMillis(50),
                    r.lag().toSend.percentileMillis(99), r.cpuPerRequest(), r.coresBusy());
        }
        report.add("");
        for (OpenLoopRow r : rows) {
            line("Slow seconds at %d %% of capacity (UTC, worst ms): %s", r.load(), clockTimes(r.slow()));
            if (!r.lagging().isEmpty()) {
                line("Seconds at %d %% of capacity with an event appended then that reached the consumer over %d ms"
                        + " later (UTC, worst ms): %s", r.load(), LAG_GOAL_MILLIS, clockTimes(r.lagging()));
            }
        }
    }

    private static List<String> clockTimes(List<OpenLoop.Result.Second> seconds) {
        return seconds.stream().map(s -> LocalTime.ofInstant(s.from(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                + " " + s.worstMillis()).toList();
    }

    /**
     * Receives the events appended from now on: the consumer starts at the end of every partition (counting down
     * {@code positioned} once it is there), so the events of earlier phases are neither read nor counted.
     */
    private static void consumeLag(String bootstrap, CountDownLatch positioned, EventLag lag,
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
                    lag.add(appended, r.timestamp(), Instant.now());
                });
            }
        } finally {
            positioned.countDown();
        }
    }

    /**
     * The database's own bulk load of {@code records} claims: each batch's disruption rows and outbox rows written with
     * {@code COPY} into the baseline database in one transaction. Records per second.
     */
    private static double copy(EmbeddedPostgresServer pg, int records) throws Exception {
        long nanos = 0;
        try (Connection c = pg.connect("baseline")) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int done = 0; done < records; done += BATCH_SIZE) {
                StringBuilder disruptions = new StringBuilder();
                StringBuilder events = new StringBuilder();
                for (int i = 0; i < BATCH_SIZE; i++) {
                    UUID id = UUID.randomUUID();
                    disruptions.append(id).append(",WMP,K-").append(id).append(',').append("0".repeat(64))
                            .append(",OCG,OCG-BENCH-1,ROCU,DRUGS,MODERATE,PURSUE,REGIONAL,2018-08-14,Synthetic"
                                    + " benchmark record.,false,OFFICIAL_SENSITIVE,{},CLAIMED,now,bench,now,0\n");
                    events.append(UUID.randomUUID()).append(",/bench,uk.police.wm.rocu.disruption.claimed.v1,")
                            .append(id).append(",disruption,").append(id).append(",now,\"{\"\"disruptionId\"\":\"\"")
                            .append(id).append("\"\"}\",OFFICIAL_SENSITIVE,{}\n");
                }
                long start = System.nanoTime();
                copy.copyIn("copy disruption (id, force, source_record_id, content_hash, target_type, ocg_reference,"
                        + " lead_agency, crime_type, claimed_impact, category, activity_level, disrupted_on, narrative,"
                        + " highlight, classification, caveats, status, recorded_at, recorded_by, updated_at, version)"
                        + " from stdin (format csv)", new StringReader(disruptions.toString()));
                copy.copyIn("copy outbox_event (id, source, type, subject, aggregate_type, aggregate_id, time, data,"
                        + " classification, caveats) from stdin (format csv)", new StringReader(events.toString()));
                c.commit();
                nanos += System.nanoTime() - start;
            }
        }
        return records / (nanos / 1e9);
    }

    /** Imports {@link #BATCHES} batches through the service; records per second, POST to job completed. */
    private double batches(String base, String token) throws Exception {
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
        line("Batch import: %d records in %d batches of %d, %.0f records/s end to end (POST to job completed)",
                records, BATCHES, BATCH_SIZE, records / (nanos / 1e9));
        return records / (nanos / 1e9);
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
