package uk.police.wm.rcs.cyber.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.ClosedLoop;
import uk.police.wm.rcs.stack.testing.LoadClient;
import uk.police.wm.rcs.stack.testing.NearestRank;
import uk.police.wm.rcs.stack.testing.OpenLoop;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * Referral intake's capacity in a closed loop, then open loops at 25, 50 and 75 % of it (goal at 50 %: p99 under
 * 25 ms), and the quarterly summary with 1,000,000 referrals loaded (goal: p99 under 50 ms); measured and printed,
 * never asserted. Excluded from the
 * default build; run with {@code ./mvnw -pl cyber-service verify -Dgroups=benchmark -Dcyber.excludedGroups=none}.
 * Client and server share the machine's cores, as they do here.
 */
@QuarkusTest
@Tag("benchmark")
class CyberBenchmarkTest {

    private static final int LOADED = Integer.getInteger("bench.loaded", 1_000_000);
    /** The open loops' rates as percentages of the run's own closed-loop capacity (16 clients), in turn. */
    private static final List<Integer> LOADS = Arrays.stream(System.getProperty("bench.loads", "25,50,75")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    /** Connections of the open loop: a fleet of force systems and Action Fraud's feed, each kept alive. */
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
    private static final int SUMMARIES = Integer.getInteger("bench.summaries", 300);

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).build();

    @Test
    void intakeAndSummary() throws Exception {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("BENCHMARK load: %,d referrals inserted and analysed in %.1f s%n", LOADED,
                (System.nanoTime() - loadStart) / 1e9);

        String viewer = TestTokens.forSubject("bench-viewer").person("OFFICIAL", "governance-viewer").sign();
        HttpRequest summary = HttpRequest.newBuilder(base.toURI().resolve("api/v1/summary/2016-17/Q3"))
                .header("Authorization", "Bearer " + viewer).GET().build();
        for (int i = 0; i < 50; i++) {
            expect(client.send(summary, HttpResponse.BodyHandlers.ofString()), 200);
        }
        long[] summaryNanos = new long[SUMMARIES];
        for (int i = 0; i < summaryNanos.length; i++) {
            long t = System.nanoTime();
            expect(client.send(summary, HttpResponse.BodyHandlers.ofString()), 200);
            summaryNanos[i] = System.nanoTime() - t;
        }
        System.out.println("BENCHMARK summary (" + SUMMARIES + " sequential requests, " + LOADED
                + " referrals loaded): " + figures(summaryNanos));
        explainSummaryQueries();

        String ecu = TestTokens.forSubject("bench-ecu").person("OFFICIAL_SENSITIVE", "cyber-officer").sign();
        closedLoop(ecu, 16, 10);
        double capacity = closedLoop(ecu, 16, 10);
        for (int load : LOADS) {
            run(ecu, Math.max(1, (int) Math.round(capacity * load / 100)), SECONDS, load + " % of capacity");
        }
    }

    /** The need-to-know condition (platform VisibleRows) as the service binds it for the OFFICIAL_SENSITIVE officer. */
    private static final String SEEN_BY_ECU =
            "(classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE') and caveats <@ cast('{}' as text[]))";

    /** The database's own execution plan and time of the summary's referral statements, as the service runs them. */
    private void explainSummaryQueries() throws Exception {
        String[] statements = {
            "SELECT quarter_start, crime_class, outcome, sum(referrals), sum(contacted) FROM referral_quarter_count"
                    + " WHERE quarter_start IN (date '2016-10-01', date '2016-07-01') AND " + SEEN_BY_ECU
                    + " GROUP BY 1, 2, 3",
            "SELECT triage_seconds FROM referral WHERE received_quarter = date '2016-10-01'"
                    + " AND triage_seconds IS NOT NULL AND " + SEEN_BY_ECU
                    + " ORDER BY triage_seconds OFFSET 40499 LIMIT 2"};
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (rs.next()) {
                        plan.append("\n    ").append(rs.getString(1));
                    }
                }
                System.out.println("BENCHMARK summary statement plan:" + plan);
            }
        }
    }

    /** Capacity: {@code users} clients each posting back to back for a number of seconds (the first run warms up). */
    private double closedLoop(String token, int users, int seconds) throws Exception {
        URI uri = base.toURI().resolve("api/v1/referrals");
        String run = "closed-" + System.currentTimeMillis();
        AtomicLong sequence = new AtomicLong();
        ClosedLoop.Result result = ClosedLoop.http(Duration.ofSeconds(seconds), users, status -> status == 201,
                () -> LoadClient.Request.postJson(uri, token, body(run, sequence.getAndIncrement())));
        System.out.printf("BENCHMARK intake capacity (%d clients back to back, %d s): %.0f requests/s, %d failed%n",
                users, seconds, result.perSecond(), result.failed());
        return result.perSecond();
    }

    /** Posts new referrals open-loop at {@code rate}; latency from each request's scheduled start. */
    private void run(String token, int rate, int seconds, String label) throws Exception {
        URI uri = base.toURI().resolve("api/v1/referrals");
        String run = label + "-" + System.currentTimeMillis();
        OpenLoop.Result result = OpenLoop.run(rate, seconds, CONNECTIONS, Duration.ofSeconds(2),
                i -> LoadClient.Request.postJson(uri, token, body(run, i)), status -> status == 201);
        System.out.printf("BENCHMARK intake %s: %,d requests scheduled at %,d/s over %d connections, %,d dropped"
                + " (over 2 s late), %,d sent, answered at %.0f/s, %d failed; latency from each request's scheduled"
                + " time %s%n", label, result.scheduled(), rate, CONNECTIONS, result.dropped(),
                result.sent(), result.answeredPerSecond(), result.failed(), result.percentiles());
    }

    private static String body(String run, long n) {
        return "{\"actionFraudReference\":\"B" + Math.abs(run.hashCode()) + "-" + n + "\",\"source\":\"ACTION_FRAUD\","
                + "\"force\":\"WMP\",\"crimeClass\":\"CYBER_ENABLED\",\"victimType\":\"INDIVIDUAL\","
                + "\"vulnerableVictim\":" + (n % 7 == 0) + ",\"reportedLoss\":250.00,\"receivedAt\":\""
                + Instant.now().minusSeconds(60) + "\"}";
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", rank(sorted, 0.50),
                rank(sorted, 0.90), rank(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double rank(long[] sorted, double p) {
        return NearestRank.of(sorted, p) / 1e6;
    }

    private static void expect(HttpResponse<?> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
    }

    /** 1,000,000 synthetic referrals over 2014-2019 (about 50,000 a quarter), most triaged, some contacted. */
    private void load() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = 0");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM referral WHERE action_fraud_reference LIKE 'BENCH%'")) {
                rs.next();
                if (rs.getLong(1) >= LOADED || LOADED == 0) {
                    return;
                }
            }
            s.execute("""
                    INSERT INTO referral (id, action_fraud_reference, source, force, crime_class, victim_type,
                        vulnerable_victim, reported_loss, received_at, contact_due_by, victim_contacted_on, triaged_at,
                        triage_outcome, receiving_unit, triaged_by, retention_review_on, recorded_at, recorded_by, version,
                        classification, caveats)
                    SELECT gen_random_uuid(), 'BENCH' || g, 'ACTION_FRAUD', 'WMP',
                           CASE WHEN g % 3 = 0 THEN 'CYBER_DEPENDENT' ELSE 'CYBER_ENABLED' END, 'INDIVIDUAL',
                           g % 7 = 0, (g % 5000) + 0.5, r.at,
                           CASE WHEN g % 7 = 0 THEN (r.at + interval '2 days')::date END,
                           CASE WHEN g % 2 = 0 THEN (r.at + interval '1 day')::date END,
                           CASE WHEN g % 10 <> 0 THEN r.at + (g % 97) * interval '1 hour' END,
                           CASE WHEN g % 10 <> 0 THEN (ARRAY['ECU_INVESTIGATION','FORCE_CID','PUBLIC_PROTECTION_UNIT',
                               'VICTIM_CARE_ONLY','NO_FURTHER_ACTION'])[1 + g % 5] END,
                           CASE WHEN g % 10 <> 0 THEN 'ECU' END, CASE WHEN g % 10 <> 0 THEN 'bench' END,
                           (r.at + interval '6 years')::date, now(), 'bench', 0, 'OFFICIAL', '{}'
                      FROM generate_series(1, {N}) g,
                           LATERAL (SELECT timestamptz '2014-04-01' + (g::double precision / {N}) * interval '1826 days' AS at) r
                    """.replace("{N}", Integer.toString(LOADED)));
            // a bulk load by SQL bypasses the service, so the summary's counts are rebuilt as the migration does
            s.execute("SELECT referral_quarter_count_rebuild()");
            s.execute("VACUUM ANALYZE referral");
            s.execute("VACUUM ANALYZE referral_quarter_count");
        }
    }
}
