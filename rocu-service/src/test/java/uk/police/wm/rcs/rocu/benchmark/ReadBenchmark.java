package uk.police.wm.rcs.rocu.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.security.VisibleRows;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.ServiceProcess;
import uk.police.wm.rcs.stack.testing.ClosedLoop;
import uk.police.wm.rcs.stack.testing.CpuTime;
import uk.police.wm.rcs.stack.testing.LoadClient;

/**
 * The read path of rocu-service against what the database itself costs for the same reads: raw JDBC selecting a
 * disruption by id and a filtered page of 50 (each over {@link #CONCURRENCY} connections, statements prepared once
 * per connection), then the packaged service over HTTP with signed tokens and the same number of clients: a GET by
 * id found, one not found, an analyst's filtered list page of 50, and a force system's own-records page. Each phase
 * prints its throughput, its ratio to the raw-JDBC select by id of the same run, the CPU per request of every process
 * ({@link CpuTime}) and how many cores were busy. Writes {@code target/benchmark/read-results.md}. Run: see the module
 * README ({@code -Pbenchmark -Dtest=ReadBenchmark}).
 */
@Tag("benchmark")
class ReadBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);
    /** Disruptions seeded before anything is measured, spread over the four forces and every crime type. */
    private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
    // the JIT compiles the read path's Quarkus, Hibernate and driver code for tens of seconds on 2 cores; with 40 s on
    // a busy machine the compiler still took a fifth of the service's CPU in the first measured phase (a recording's
    // jdk.ThreadCPULoad)
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 80);
    private static final String[] FORCES = {"WMP", "WMC", "WAR", "STA"};
    private static final String[] CRIME_TYPES = {"DRUGS", "FIREARMS", "VIOLENT_CRIME", "CYBERCRIME",
        "FRAUD_AND_ECONOMIC_CRIME", "MONEY_LAUNDERING", "ORGANISED_ACQUISITIVE_CRIME", "COUNTY_LINES"};
    /** The analyst's list filter; the same condition the raw-JDBC page uses. */
    private static final String LIST_FILTER = "crimeType=DRUGS&limit=50";

    private final List<String> report = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchmarkTokens tokens = new BenchmarkTokens();
        Path out;
        try (BenchmarkStack stack = BenchmarkStack.start("rocu")) {
            EmbeddedPostgresServer pg = stack.pg();
            out = stack.out();
            try (ServiceProcess service = DisruptionBenchmark.launch(stack.jar(), pg, stack.kafka(), "rocu", tokens,
                    out.resolve("read-service.log"))) {
                service.awaitReady();
                seed(pg);
                List<UUID> own = ownIds(pg);
                String force = tokens.forceSystem("WMP");
                String analyst = tokens.analyst();
                String base = service.baseUrl();
                Supplier<LoadClient.Request> found = () -> LoadClient.Request.get(URI.create(base
                        + "/api/v1/disruptions/" + own.get(ThreadLocalRandom.current().nextInt(own.size()))), force);
                Supplier<LoadClient.Request> missing = () -> LoadClient.Request.get(URI.create(base
                        + "/api/v1/disruptions/" + UUID.randomUUID()), force);
                Supplier<LoadClient.Request> listPage = () -> LoadClient.Request.get(URI.create(base
                        + "/api/v1/disruptions?" + LIST_FILTER), analyst);
                Supplier<LoadClient.Request> ownPage = () -> LoadClient.Request.get(URI.create(base
                        + "/api/v1/disruptions?limit=50"), force);
                Supplier<LoadClient.Request> live = () -> LoadClient.Request.get(URI.create(base
                        + "/q/health/live"), null);
                for (Supplier<LoadClient.Request> request : List.of(found, missing, listPage, ownPage)) {
                    DisruptionBenchmark.closedLoop(WARM_UP_SECONDS / 4, CONCURRENCY, 0, request, (f, a) -> { });
                }
                Phase jdbcById = measureJdbc(service, pg, "raw JDBC select by id", own, false, false);
                Phase jdbcPage = measureJdbc(service, pg, "raw JDBC page of 50 (crime type, need-to-know)", own, true,
                        false);
                List<Phase> phases = List.of(jdbcById, jdbcPage,
                        measureJdbc(service, pg, "raw JDBC select by id, planned on every execution"
                                + " (plan_cache_mode=force_custom_plan)", own, false, true),
                        measure(service, pg, "GET /disruptions/{id}, found (force system, own record)",
                                () -> http(200, found)),
                        measure(service, pg, "GET /disruptions/{id}, not found (404 problem)",
                                () -> http(404, missing)),
                        measure(service, pg, "GET /disruptions?" + LIST_FILTER + " (analyst)",
                                () -> http(200, listPage)),
                        measure(service, pg, "GET /disruptions?limit=50 (force system's own records)",
                                () -> http(200, ownPage)),
                        measure(service, pg, "GET /q/health/live (no token, no database)", () -> http(200, live)));
                line("| phase | req/s | ÷ raw JDBC by id | ÷ raw JDBC page | CPU ms per request | cores busy (ours)"
                        + " | machine load average |");
                line("|---|---|---|---|---|---|---|");
                for (Phase p : phases) {
                    line("| %s | %.0f | %.1f %% | %.1f %% | %s | %.2f | %s |", p.name, p.perSecond,
                            100 * p.perSecond / jdbcById.perSecond, 100 * p.perSecond / jdbcPage.perSecond,
                            p.cpuPerRequest, p.coresBusy, p.load);
                }
            }
        }
        String text = "# rocu-service read benchmark, " + Instant.now() + "\n\nMachine: "
                + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM. Settings: " + ROWS
                + " disruptions, " + SECONDS + " s per phase, concurrency " + CONCURRENCY + ", warm-up "
                + WARM_UP_SECONDS + " s.\n\n" + String.join("\n", report) + "\n";
        Files.writeString(out.resolve("read-results.md"), text);
        System.out.println(text);
    }

    /** One measured phase: requests per second, CPU per request of every process, cores busy. */
    private record Phase(String name, double perSecond, String cpuPerRequest, double coresBusy, String load) {
    }

    @FunctionalInterface
    private interface Load {
        double perSecond() throws Exception;
    }

    private Phase measure(ServiceProcess service, EmbeddedPostgresServer pg, String name, Load load)
            throws Exception {
        Map<String, Double> before = CpuTime.byProcess(service.pid(), pg.port());
        long wallBefore = System.nanoTime();
        Instant from = Instant.now();
        double perSecond = load.perSecond();
        Map<String, Double> after = CpuTime.byProcess(service.pid(), pg.port());
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        // how busy the whole machine was (others' processes too): figures are only comparable within a run
        Phase phase = new Phase(name, perSecond, CpuTime.perRequest(before, after, perSecond * SECONDS),
                (CpuTime.total(after) - CpuTime.total(before)) / wall,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        // the phase's window, to pick its samples out of a flight recording of the service
        System.out.printf(Locale.ROOT, "%s: %.0f req/s; CPU ms per request %s; cores busy %.2f; from %s to %s;"
                + " load average %s%n", name, perSecond, phase.cpuPerRequest, phase.coresBusy, from, Instant.now(),
                phase.load);
        return phase;
    }

    private double http(int expected, Supplier<LoadClient.Request> request) throws Exception {
        return DisruptionBenchmark.closedLoop(SECONDS, CONCURRENCY, expected, request, this::line);
    }

    /**
     * The database's own cost of the same reads: {@link #CONCURRENCY} connections, each preparing its statement
     * once, selecting a random own-force record by id (or the analyst's page), for {@link #SECONDS}. The connections
     * are opened and closed by the caller, around the CPU readings, so their backends are counted while alive.
     */
    private static double jdbc(List<Connection> connections, List<UUID> ids, boolean page) throws Exception {
        String byId = "select * from disruption where id = ?";
        // what DisruptionQueries sends for the analyst's filter: the platform's need-to-know condition with the
        // analyst's values, the filter, keyset order, limit + 1
        String visible = VisibleRows.CONDITION.replace(":" + VisibleRows.LEVELS, "'OFFICIAL', 'OFFICIAL_SENSITIVE',"
                + " 'SECRET'").replace(":" + VisibleRows.HELD, "'{}'");
        String firstPage = "select * from disruption where " + visible + " and crime_type = 'DRUGS' order by seq asc"
                + " limit 51";
        Queue<Connection> unused = new ConcurrentLinkedQueue<>(connections);
        return ClosedLoop.run(Duration.ofSeconds(SECONDS), connections.size(), () -> {
            PreparedStatement s = unused.remove().prepareStatement(page ? firstPage : byId);
            return new ClosedLoop.Worker() {
                @Override
                public boolean step() throws Exception {
                    if (!page) {
                        s.setObject(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getString("narrative");
                        }
                    }
                    return true;
                }

                @Override
                public void close() throws Exception {
                    s.close();
                }
            };
        }).perSecond();
    }

    /**
     * Runs a raw-JDBC phase over connections opened before and closed after its CPU readings; {@code customPlans}
     * sets {@code plan_cache_mode=force_custom_plan} on them (what planning every execution costs).
     */
    private Phase measureJdbc(ServiceProcess service, EmbeddedPostgresServer pg, String name, List<UUID> ids,
            boolean page, boolean customPlans) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<Path> backends = new ArrayList<>();
        try {
            for (int t = 0; t < CONCURRENCY; t++) {
                Connection c = pg.connect("rocu");
                connections.add(c);
                try (var statement = c.createStatement()) {
                    if (customPlans) {
                        statement.execute("set plan_cache_mode = force_custom_plan");
                    }
                    try (ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
                        pid.next();
                        backends.add(Path.of("/proc/" + pid.getInt(1)));
                    }
                }
            }
            return measure(service, pg, name, () -> jdbc(connections, ids, page));
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            // until the postmaster has reaped them, the closed backends' CPU is neither a child's nor in its
            // reaped-children time: a phase that read the counters in between would be charged all of it
            await().atMost(Duration.ofSeconds(30)).until(() -> backends.stream().noneMatch(Files::exists));
        }
    }

    /** {@link #ROWS} synthetic disruptions, OFFICIAL_SENSITIVE, aimed at an OCG (no person named). */
    private static void seed(EmbeddedPostgresServer pg) throws Exception {
        String insert = "insert into disruption (id, force, source_record_id, content_hash, target_type,"
                + " ocg_reference, lead_agency, crime_type, claimed_impact, category, activity_level, disrupted_on,"
                + " narrative, highlight, classification, caveats, status, recorded_at, recorded_by, updated_at,"
                + " version) select gen_random_uuid(), (?::text[])[1 + n % 4], 'R-' || n, repeat('0', 64), 'OCG',"
                + " 'OCG-BENCH-1', 'ROCU', (?::text[])[1 + (n / 4) % 8], 'MODERATE', 'PURSUE', 'REGIONAL',"
                + " date '2016-04-01' + (n % 1000), 'Synthetic benchmark record ' || n || '.', false,"
                + " 'OFFICIAL_SENSITIVE', '{}', 'CLAIMED', now(), 'bench', now(), 0 from generate_series(1, ?) n";
        try (Connection c = pg.connect("rocu"); PreparedStatement s = c.prepareStatement(insert)) {
            s.setArray(1, c.createArrayOf("text", FORCES));
            s.setArray(2, c.createArrayOf("text", CRIME_TYPES));
            s.setInt(3, ROWS);
            s.executeUpdate();
            // vacuumed now, so autovacuum does not visit the new rows during a measured phase
            c.createStatement().execute("vacuum analyze disruption");
        }
    }

    /** The ids of West Midlands Police's records: what its force system may read. */
    private static List<UUID> ownIds(EmbeddedPostgresServer pg) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = pg.connect("rocu");
                PreparedStatement s = c.prepareStatement("select id from disruption where force = 'WMP' limit 5000");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }
}
