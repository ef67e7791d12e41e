package uk.police.wm.rcs.gateway.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.stack.testing.ClosedLoop;
import uk.police.wm.rcs.stack.testing.CpuTime;
import uk.police.wm.rcs.stack.testing.LoadClient;
import uk.police.wm.rcs.stack.testing.LoadClient.Request;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;
import uk.police.wm.rcs.stack.testing.TestSql;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Prints (never asserts) how many governance GETs and board pack PDFs per second the gateway answers with a million
 * disruptions and a million referrals in its read model, each as a ratio to the gateway's no-op liveness check
 * ({@code /q/health/live}) measured in the same run by the same client, so the figures say what the view costs on
 * whatever the machine is doing at the time.
 *
 * <p>The read model is loaded with PostgreSQL {@code COPY}: synthetic disruptions and referrals spread over forty
 * quarters, the four forces, every crime type, status, impact and marking, with the state and history rows the
 * projectors keep, and the figure tables derived from them by the projectors' own grouping (a disruption counts in
 * {@code rocu_disruption_figure} only approved or downgraded, at its moderated impact; every claim once in
 * {@code rocu_moderation_figure} at its status; claims awaiting the panel in {@code rocu_backlog_figure}; a referral
 * in its received quarter by class and outcome, "not triaged" before triage, its hours to triage, its victim
 * contact, and its contact deadline's quarter by force), plus a few operational highlights per quarter.
 *
 * <p>Then a fixed number of clients ({@code bench.clients}) each send one request after another for a fixed time
 * ({@code bench.seconds}; the PDF {@code bench.pdf-seconds}): liveness; the governance GET of 2018-19/Q2 warm (the
 * disclosed figures cached per quarter, clearance and caveats) and cold (every request a reader with a caveat no
 * request used before, cycling over the forty quarters, so the cache never answers); the PDF warm and cold the same
 * way; liveness again.
 *
 * <p>Before them, the baseline of a read: raw JDBC selecting one disruption of the read model by id, as many
 * connections as clients, each figure also printed as a ratio to it. Run with
 * {@code ./mvnw -pl gateway -am verify -Dgroups=benchmark -Dgateway.excludedGroups=none
 * -Dtest=GovernanceThroughputBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(GovernanceThroughputBenchmarkTest.SlowStatements.class)
@Tag("benchmark")
class GovernanceThroughputBenchmarkTest {

    /**
     * {@code -Dbench.slow-ms=50} logs every statement slower than that with its SQL (Hibernate's slow query log),
     * to see where a request's time goes; off by default, as logging costs time itself.
     */
    public static class SlowStatements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String slow = System.getProperty("bench.slow-ms");
            return slow == null ? Map.of() : Map.of("quarkus.hibernate-orm.log.queries-slower-than-ms", slow);
        }
    }

    private static final int DISRUPTIONS = Integer.getInteger("bench.disruptions", 1_000_000);
    private static final int REFERRALS = Integer.getInteger("bench.referrals", 1_000_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int PDF_SECONDS = Integer.getInteger("bench.pdf-seconds", 30);
    private static final String QUARTER = "2018-19/Q2";

    private static final String[] FORCES = {"WMP", "WMP", "WMP", "WMC", "WMC", "WAR", "STA"};
    private static final String[] CRIME_TYPES = {"DRUGS", "COUNTY_LINES", "FIREARMS", "FRAUD_AND_ECONOMIC_CRIME",
        "MONEY_LAUNDERING", "ORGANISED_ACQUISITIVE_CRIME", "VIOLENT_CRIME", "CYBERCRIME", "CHILD_SEXUAL_EXPLOITATION",
        "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "ORGANISED_IMMIGRATION_CRIME", "OTHER"};
    private static final String[] IMPACTS = {"MAJOR", "MODERATE", "MINOR", "NONE", "NEGATIVE"};
    private static final String[] AGENCIES = {"ROCU", "FORCE", "NCA", "PARTNER"};
    private static final String[] CATEGORIES = {"PURSUE", "PREVENT", "PROTECT", "PREPARE"};
    private static final String[] LEVELS = {"LOCAL", "FORCE_THEME_OR_DEMAND", "FORCE_OCG", "REGIONAL", "NATIONAL"};
    private static final String[] OUTCOMES = {"FORCE_CID", "VICTIM_CARE_ONLY", "ECU_INVESTIGATION",
        "NO_FURTHER_ACTION", "PUBLIC_PROTECTION_UNIT"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void printThroughput() throws Exception {
        List<FinancialQuarter> quarters = fortyQuarters();
        long loadStart = System.nanoTime();
        load(quarters);
        print("read model loaded with COPY in %.0f s: %,d disruptions (%,d history rows), %,d referrals; figure rows:"
                + " rocu_disruption_figure %,d, rocu_moderation_figure %,d, cyber_referral_figure %,d,"
                + " cyber_triage_hours %,d", (System.nanoTime() - loadStart) / 1e9, count("rocu_disruption"),
                count("rocu_disruption_history"), count("cyber_referral"), count("rocu_disruption_figure"),
                count("rocu_moderation_figure"), count("cyber_referral_figure"), count("cyber_triage_hours"));

        String viewer = TestTokens.forSubject("bench-viewer").person("SECRET", "governance-viewer")
                .caveats("UK_EYES_ONLY").sign();
        // more distinct readers than the cache holds (256), so a reader comes round again only after its entry is gone
        List<String> coldReaders = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            coldReaders.add(TestTokens.forSubject("bench-cold-" + i).person("SECRET", "governance-viewer")
                    .caveats("UK_EYES_ONLY", "BENCH_READER_" + i).sign());
        }
        try (LoadClient client = new LoadClient(CLIENTS)) {
            // warm-up, not counted: the JIT, the connection pools, the templates and fonts
            run(client, 10, n -> get("/q/health/live", null));
            run(client, 5, n -> get("/api/v1/governance/" + quarters.get((int) (n % 40)), viewer));
            run(client, 10, n -> get("/api/v1/board-pack/" + QUARTER + "/pdf", viewer));

            selectById(5); // warm-up of the statement and the connections, not counted
            Phase select = selectById(SECONDS);
            Phase liveBefore = run(client, SECONDS, n -> get("/q/health/live", null));
            Phase getWarm = run(client, SECONDS, n -> get("/api/v1/governance/" + QUARTER, viewer));
            Phase getCold = run(client, SECONDS, n -> get("/api/v1/governance/" + quarters.get((int) (n % 40)),
                    coldReaders.get((int) (n % coldReaders.size()))));
            Phase pdfWarm = run(client, PDF_SECONDS, n -> get("/api/v1/board-pack/" + QUARTER + "/pdf", viewer));
            Phase pdfCold = run(client, PDF_SECONDS, n -> get("/api/v1/board-pack/" + quarters.get((int) (n % 40))
                    + "/pdf", coldReaders.get((int) (n % coldReaders.size()))));
            Phase liveAfter = run(client, SECONDS, n -> get("/q/health/live", null));

            double liveness = (liveBefore.perSecond() + liveAfter.perSecond()) / 2;
            print("%d clients, %d s per phase (PDF %d s); liveness %,.0f req/s before and %,.0f after, mean %,.0f",
                    CLIENTS, SECONDS, PDF_SECONDS, liveBefore.perSecond(), liveAfter.perSecond(), liveness);
            print("baseline: raw JDBC select of one disruption by id, %d connections of the gateway's pool, %,.0f"
                    + " selects/s (p50 %.2f ms, p99 %.2f ms; CPU ms per select: %s)", CLIENTS, select.perSecond(),
                    select.percentile(0.50), select.percentile(0.99), select.cpuPerRequest);
            for (Phase phase : List.of(liveBefore, getWarm, getCold, pdfWarm, pdfCold, liveAfter)) {
                // the names are given here, in the order the phases ran
                phase.label = phase == liveBefore ? "liveness GET /q/health/live (before)"
                        : phase == getWarm ? "governance GET " + QUARTER + ", cache warm"
                        : phase == getCold ? "governance GET, cache cold (new reader each request, 40 quarters)"
                        : phase == pdfWarm ? "board pack PDF " + QUARTER + ", view cache warm"
                        : phase == pdfCold ? "board pack PDF, view cache cold (new reader, 40 quarters)"
                        : "liveness GET /q/health/live (after)";
                print("%-68s %,9.1f req/s  ratio to liveness %.4f, to the select by id %.4f  (n=%d, p50 %.1f ms,"
                        + " p99 %.1f ms; CPU ms per request: %s)", phase.label, phase.perSecond(),
                        phase.perSecond() / liveness, phase.perSecond() / select.perSecond(),
                        phase.result.succeeded(), phase.percentile(0.50), phase.percentile(0.99),
                        phase.cpuPerRequest);
            }
        }
    }

    /** One phase: its closed loop's result and the CPU each process spent per request over it. */
    private static final class Phase {
        String label;
        ClosedLoop.Result result;
        String cpuPerRequest;

        double perSecond() {
            return result.perSecond();
        }

        double percentile(double p) {
            return result.percentileMillis(100 * p);
        }
    }

    /** {@code CLIENTS} threads, each sending one request after another until the time is up. */
    private Phase run(LoadClient client, int seconds, LongFunction<Request> next) throws Exception {
        AtomicLong sequence = new AtomicLong();
        return timed(seconds, () -> () -> {
            Request request = next.apply(sequence.getAndIncrement());
            int status = client.send(request);
            if (status != 200) {
                throw new IllegalStateException(request.uri() + " answered " + status);
            }
            return true;
        });
    }

    /**
     * The baseline of a read: {@code CLIENTS} connections of the gateway's own pool, each selecting one disruption of
     * the read model by id after another (a prepared statement, a random id of those loaded), as long as a phase.
     */
    private Phase selectById(int seconds) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT id FROM rocu_disruption TABLESAMPLE SYSTEM (1) LIMIT 10000")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return timed(seconds, () -> new ClosedLoop.Worker() {
            private final Random random = new Random();
            private final Connection connection = dataSource.getConnection();
            private final PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM rocu_disruption WHERE id = ?");

            @Override
            public boolean step() throws Exception {
                select.setObject(1, ids.get(random.nextInt(ids.size())));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("a loaded disruption was not found");
                    }
                }
                return true;
            }

            @Override
            public void close() throws SQLException {
                select.close();
                connection.close();
            }
        });
    }

    /**
     * {@code CLIENTS} workers for {@code seconds}, with the CPU of every process per request (the gateway runs in this
     * JVM, so the "client" figure is the gateway's and the load client's together).
     */
    private Phase timed(int seconds, Callable<ClosedLoop.Worker> perClient) throws Exception {
        int postgres = PostgresKafkaTestResource.postgresPort();
        Map<String, Double> before = CpuTime.byProcess(-1, postgres);
        Phase phase = new Phase();
        phase.result = ClosedLoop.run(Duration.ofSeconds(seconds), CLIENTS, perClient);
        phase.cpuPerRequest = CpuTime.perRequest(before, CpuTime.byProcess(-1, postgres), phase.result.succeeded())
                .replace("client", "gateway and client");
        return phase;
    }

    private static Request get(String path, String token) {
        return Request.get(URI.create("http://localhost:" + io.restassured.RestAssured.port + path), token);
    }

    private static List<FinancialQuarter> fortyQuarters() {
        List<FinancialQuarter> quarters = new ArrayList<>();
        FinancialQuarter q = FinancialQuarter.parse("2023-24/Q4");
        for (int i = 0; i < 40; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    /** COPYs the state and history rows, then derives every figure row from them as the projectors would. */
    private void load(List<FinancialQuarter> quarters) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement sql = connection.createStatement()) {
                sql.execute("TRUNCATE rocu_disruption, rocu_disruption_figure, rocu_backlog_figure,"
                        + " rocu_moderation_figure, rocu_disruption_history, rocu_highlight, cyber_referral,"
                        + " cyber_referral_figure, cyber_triage_hours, cyber_contact_figure,"
                        + " cyber_contact_deadline_figure");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            copyDisruptions(pg, quarters);
            copyReferrals(pg, quarters);
            try (Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO rocu_disruption_figure (quarter, classification, caveats, crime_type, impact,"
                        + " force, lead_agency, category, disruptions) SELECT quarter, classification, caveats,"
                        + " crime_type, COALESCE(moderated_impact, claimed_impact), force, lead_agency, category,"
                        + " count(*) FROM rocu_disruption WHERE status IN ('APPROVED', 'DOWNGRADED')"
                        + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8");
                sql.execute("INSERT INTO rocu_backlog_figure (force, classification, caveats, claims) SELECT force,"
                        + " classification, caveats, count(*) FROM rocu_disruption WHERE status = 'CLAIMED'"
                        + " GROUP BY 1, 2, 3");
                sql.execute("INSERT INTO rocu_moderation_figure (quarter, classification, caveats, force, crime_type,"
                        + " status, disruptions) SELECT quarter, classification, caveats, force, crime_type, status,"
                        + " count(*) FROM rocu_disruption GROUP BY 1, 2, 3, 4, 5, 6");
                sql.execute("INSERT INTO cyber_referral_figure (quarter, classification, caveats, crime_class,"
                        + " outcome, referrals) SELECT received_quarter, classification, caveats, crime_class,"
                        + " COALESCE(outcome, 'NOT_TRIAGED'), count(*) FROM cyber_referral GROUP BY 1, 2, 3, 4, 5");
                sql.execute("INSERT INTO cyber_triage_hours (quarter, classification, caveats, hours, referrals)"
                        + " SELECT received_quarter, classification, caveats, hours_to_triage, count(*)"
                        + " FROM cyber_referral WHERE hours_to_triage IS NOT NULL GROUP BY 1, 2, 3, 4");
                sql.execute("INSERT INTO cyber_contact_figure (quarter, classification, caveats, received, contacted)"
                        + " SELECT received_quarter, classification, caveats, count(*), count(*) FILTER (WHERE"
                        + " contacted) FROM cyber_referral GROUP BY 1, 2, 3");
                sql.execute("INSERT INTO cyber_contact_deadline_figure (due_quarter, force, classification, caveats,"
                        + " referrals, met, late, not_contacted) SELECT contact_due_quarter, force, classification,"
                        + " caveats, count(*), count(*) FILTER (WHERE contacted_in_time), count(*) FILTER (WHERE NOT"
                        + " contacted_in_time), count(*) FILTER (WHERE contacted_in_time IS NULL) FROM cyber_referral"
                        + " WHERE contact_due_quarter IS NOT NULL AND force IS NOT NULL GROUP BY 1, 2, 3, 4");
                // a few operational highlights per quarter, as the panel publishes them
                sql.execute("INSERT INTO rocu_highlight (disruption_id, quarter, force, crime_type, lead_agency,"
                        + " four_p, moderated_impact, narrative, classification, caveats) SELECT id, quarter, force,"
                        + " crime_type, lead_agency, category, COALESCE(moderated_impact, claimed_impact),"
                        + " 'Synthetic operational highlight for the benchmark.', classification, caveats"
                        + " FROM (SELECT d.*, row_number() OVER (PARTITION BY quarter ORDER BY id) AS n"
                        + " FROM rocu_disruption d WHERE status = 'APPROVED') h WHERE n <= 4");
                // VACUUM too, so that autovacuum does not start on the new rows in the middle of a measurement
                sql.execute("VACUUM ANALYZE");
            }
        }
    }

    /** One synthetic disruption as the projector would hold it after its claim and, unless awaiting, moderation. */
    private record Disruption(UUID id, FinancialQuarter quarter, String force, String agency, String crimeType,
            String claimedImpact, String moderatedImpact, String category, String level, String status,
            String[] marking, OffsetDateTime claimedAt) {

        static Disruption next(Random random, List<FinancialQuarter> quarters) {
            FinancialQuarter quarter = quarters.get(random.nextInt(quarters.size()));
            int claimed = random.nextInt(3);
            int s = random.nextInt(100);
            String status = s < 5 ? "CLAIMED" : s < 75 ? "APPROVED" : s < 85 ? "DOWNGRADED" : s < 95 ? "REJECTED"
                    : "RETURNED_FOR_INFORMATION";
            return new Disruption(new UUID(random.nextLong(), random.nextLong()), quarter,
                    FORCES[random.nextInt(FORCES.length)], AGENCIES[random.nextInt(AGENCIES.length)],
                    CRIME_TYPES[skewed(random, CRIME_TYPES.length)], IMPACTS[claimed],
                    "APPROVED".equals(status) ? IMPACTS[claimed] : "DOWNGRADED".equals(status) ? IMPACTS[claimed + 1]
                            : "", CATEGORIES[skewed(random, CATEGORIES.length)],
                    LEVELS[random.nextInt(LEVELS.length)], status, randomMarking(random),
                    quarter.start().plusDays(random.nextInt(80)).atTime(10, 0).atOffset(ZoneOffset.UTC));
        }

        boolean moderated() {
            return !"CLAIMED".equals(status);
        }
    }

    /** Two passes over the same seeded sequence: the state rows, then one history row per published version. */
    private static void copyDisruptions(PGConnection pg, List<FinancialQuarter> quarters) throws SQLException {
        CopyIn state = pg.getCopyAPI().copyIn("COPY rocu_disruption (id, version, force, lead_agency, crime_type,"
                + " claimed_impact, moderated_impact, category, activity_level, quarter, status, classification,"
                + " caveats) FROM STDIN (FORMAT csv)");
        Random random = new Random(14);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < DISRUPTIONS; i++) {
            Disruption d = Disruption.next(random, quarters);
            rows.append(d.id()).append(',').append(d.moderated() ? 2 : 1).append(',').append(d.force()).append(',')
                    .append(d.agency()).append(',').append(d.crimeType()).append(',').append(d.claimedImpact())
                    .append(',').append(d.moderatedImpact()).append(',').append(d.category()).append(',')
                    .append(d.level()).append(',').append(d.quarter()).append(',').append(d.status()).append(',')
                    .append(d.marking()[0]).append(',').append(d.marking()[1]).append('\n');
            if (rows.length() > 1 << 20) {
                write(state, rows);
            }
        }
        write(state, rows);
        state.endCopy();
        CopyIn history = pg.getCopyAPI().copyIn("COPY rocu_disruption_history (id, version, recorded_at, force,"
                + " status, classification, caveats) FROM STDIN (FORMAT csv)");
        random = new Random(14);
        for (int i = 0; i < DISRUPTIONS; i++) {
            Disruption d = Disruption.next(random, quarters);
            String marking = d.marking()[0] + "," + d.marking()[1];
            rows.append(d.id()).append(",1,").append(d.claimedAt()).append(',').append(d.force()).append(",CLAIMED,")
                    .append(marking).append('\n');
            if (d.moderated()) {
                rows.append(d.id()).append(",2,").append(d.claimedAt().plusDays(14)).append(',').append(d.force())
                        .append(',').append(d.status()).append(',').append(marking).append('\n');
            }
            if (rows.length() > 1 << 20) {
                write(history, rows);
            }
        }
        write(history, rows);
        history.endCopy();
    }

    private static void copyReferrals(PGConnection pg, List<FinancialQuarter> quarters) throws SQLException {
        Random random = new Random(41);
        CopyIn in = pg.getCopyAPI().copyIn("COPY cyber_referral (id, received_quarter, crime_class, outcome,"
                + " contacted, classification, caveats, hours_to_triage, force, contact_due_quarter,"
                + " contacted_in_time) FROM STDIN (FORMAT csv)");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < REFERRALS; i++) {
            FinancialQuarter quarter = quarters.get(random.nextInt(quarters.size()));
            boolean triaged = random.nextInt(100) >= 5;
            boolean contacted = random.nextInt(100) < 80;
            boolean deadline = random.nextInt(100) < 20;
            LocalDate received = quarter.start().plusDays(random.nextInt(90));
            String[] marking = randomMarking(random);
            rows.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(quarter).append(',')
                    .append(random.nextInt(3) == 0 ? "CYBER_DEPENDENT" : "CYBER_ENABLED").append(',')
                    .append(triaged ? OUTCOMES[skewed(random, OUTCOMES.length)] : "").append(',').append(contacted)
                    .append(',').append(marking[0]).append(',').append(marking[1]).append(',')
                    .append(triaged ? String.valueOf(1 + random.nextInt(120)) : "").append(',')
                    .append(FORCES[random.nextInt(FORCES.length)]).append(',')
                    .append(deadline ? FinancialQuarter.of(received.plusDays(7)).toString() : "").append(',')
                    .append(deadline && contacted ? String.valueOf(random.nextInt(100) < 85) : "").append('\n');
            if (rows.length() > 1 << 20) {
                write(in, rows);
            }
        }
        write(in, rows);
        in.endCopy();
    }

    /** Mostly OFFICIAL-SENSITIVE, some OFFICIAL and SECRET; one in ten carries UK EYES ONLY. */
    private static String[] randomMarking(Random random) {
        int c = random.nextInt(100);
        String classification = c < 30 ? "OFFICIAL" : c < 90 ? "OFFICIAL_SENSITIVE" : "SECRET";
        return new String[] {classification, random.nextInt(10) == 0 ? "{UK_EYES_ONLY}" : "{}"};
    }

    /** An index weighted to the first values, so tables have a largest row as real ones do. */
    private static int skewed(Random random, int size) {
        return Math.min(size - 1, (int) Math.abs(random.nextGaussian() * size / 3));
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private long count(String table) {
        return TestSql.count(dataSource, "SELECT count(*) FROM " + table);
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCHMARK governance: " + String.format(format, args));
    }
}
