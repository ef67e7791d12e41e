package uk.police.wm.rcs.ctu.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.Callers;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.testing.NearestRank;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/**
 * Benchmark (tag {@code benchmark}, not in the default build): latency of the need-to-know queries (a Pursue list
 * page and the quarterly summary) over 20,000 operations of mixed marking. Prints figures; asserts only that the
 * answers are right. Run: {@code ./mvnw -pl ctu-service verify -Dgroups=benchmark -Dctu.excludedGroups=none}.
 */
@QuarkusTest
@Tag("benchmark")
class NeedToKnowBenchmarkTest {

    static final int OPERATIONS = 20_000;
    static final int ROUNDS = 200;

    @Test
    void listAndSummaryLatency() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresKafkaTestResource.jdbcUrl("ctu"),
                EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO pursue_operation (id, operation_name, motivation, status, stage, opened_on,
                        subjects_of_interest, reporting_restricted, classification, caveats, version, created_at,
                        created_by)
                    SELECT gen_random_uuid(), 'Op Bench ' || g, (ARRAY['ISLAMIST','EXTREME_RIGHT_WING','OTHER'])[1 + g % 3],
                        'ACTIVE', 'EARLY', DATE '2014-04-01' + (g % 1460), g % 7, g % 17 = 0,
                        (ARRAY['OFFICIAL','OFFICIAL_SENSITIVE','SECRET'])[1 + g % 3],
                        CASE WHEN g % 5 = 0 THEN ARRAY['UK_EYES_ONLY'] ELSE '{}' END, 0, now(), 'benchmark'
                    FROM generate_series(1, OPERATIONS) g""".replace("OPERATIONS", String.valueOf(OPERATIONS)));
            s.execute("ANALYZE pursue_operation");
        }
        report("pursue list page (limit 50), SECRET officer", "/api/v1/pursue/operations", Callers.secretOfficer());
        report("pursue list page (limit 50), OFFICIAL_SENSITIVE officer", "/api/v1/pursue/operations",
                Callers.officialSensitiveOfficer());
        report("quarterly summary, SECRET officer", "/api/v1/summary/2016-17/Q2", Callers.secretOfficer());
        report("quarterly summary, OFFICIAL viewer", "/api/v1/summary/2016-17/Q2", Callers.viewer("OFFICIAL"));
    }

    private static void report(String what, String path, String token) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 20; i++) {
            long start = System.nanoTime();
            int status = given().auth().oauth2(token).when().get(path).then().extract().statusCode();
            long took = (System.nanoTime() - start) / 1_000;
            assertThat(status).isEqualTo(HttpStatus.SC_OK);
            if (i >= 20) {
                micros.add(took);
            }
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK %-55s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, micros.size(),
                NearestRank.of(micros, 0.50) / 1000.0, NearestRank.of(micros, 0.95) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }
}
