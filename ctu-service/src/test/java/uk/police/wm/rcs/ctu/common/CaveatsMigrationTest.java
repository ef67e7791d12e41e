package uk.police.wm.rcs.ctu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/**
 * V7 against the real PostgreSQL, in a schema of its own: rows written with the comma-joined caveats of V1-V6 keep
 * every caveat as a text[] ("" becomes none), and the natural keys that include the marking still hold.
 */
@QuarkusTest
class CaveatsMigrationTest {

    private static final String SCHEMA = "v7_check_" + UUID.randomUUID().toString().replace("-", "");

    private static Flyway flyway(MigrationVersion target) {
        return Flyway.configure()
                .dataSource(PostgresKafkaTestResource.jdbcUrl("ctu"), EmbeddedPostgresServer.USERNAME,
                        EmbeddedPostgresServer.PASSWORD)
                .schemas(SCHEMA).locations("classpath:db/platform", "classpath:db/migration").target(target).load();
    }

    @Test
    void commaJoinedCaveatsBecomeArraysWithNothingLost() throws SQLException {
        flyway(MigrationVersion.fromVersion("6")).migrate();
        Map<String, String> before = new LinkedHashMap<>();
        before.put("Op Two Caveats", "A_CAVEAT,UK_EYES_ONLY");
        before.put("Op One Caveat", "UK_EYES_ONLY");
        before.put("Op No Caveat", "");
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> op : before.entrySet()) {
                s.execute(insertOperation(op.getKey(), "'" + op.getValue() + "'"));
            }
            s.execute("insert into business_plan (id, financial_year, classification, caveats, created_at,"
                    + " created_by) values (gen_random_uuid(), '2001-02', 'SECRET', 'UK_EYES_ONLY', now(), 'test')");
        }

        flyway(MigrationVersion.LATEST).migrate();

        try (Connection c = connection(); Statement s = c.createStatement()) {
            assertThat(caveatsOf(s, "select caveats from pursue_operation where operation_name = 'Op Two Caveats'"))
                    .containsExactly("A_CAVEAT", "UK_EYES_ONLY");
            assertThat(caveatsOf(s, "select caveats from pursue_operation where operation_name = 'Op One Caveat'"))
                    .containsExactly("UK_EYES_ONLY");
            assertThat(caveatsOf(s, "select caveats from pursue_operation where operation_name = 'Op No Caveat'"))
                    .isEmpty();
            assertThat(caveatsOf(s, "select caveats from business_plan")).containsExactly("UK_EYES_ONLY");
            // the natural key over the array: the same marking clashes, another set of caveats does not
            assertThatThrownBy(() -> s.execute(insertOperation("Op One Caveat", "'{UK_EYES_ONLY}'")))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            s.execute(insertOperation("Op One Caveat", "'{}'"));
        }
    }

    private static Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(PostgresKafkaTestResource.jdbcUrl("ctu"),
                EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
        }
        return c;
    }

    private static String insertOperation(String name, String caveats) {
        return "insert into pursue_operation (id, operation_name, motivation, status, stage, opened_on,"
                + " subjects_of_interest, reporting_restricted, classification, caveats, version, created_at,"
                + " created_by) values (gen_random_uuid(), '" + name + "', 'OTHER', 'ACTIVE', 'EARLY', date '2001-05-01',"
                + " 1, false, 'SECRET', " + caveats + ", 0, now(), 'test')";
    }

    private static String[] caveatsOf(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return (String[]) rs.getArray(1).getArray();
        }
    }
}
