package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL starts (as root too, through zonky's user-namespace workaround), answers queries and keeps its data. */
class EmbeddedPostgresServerTest {

    @Test
    void temporaryServerAnswersAQueryInACreatedDatabaseAndCleansUp() throws Exception {
        Path data;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
            data = postgres.dataDirectory();
            postgres.createDatabase("ctu");
            postgres.createDatabase("ctu"); // idempotent

            try (Connection c = postgres.connect("ctu"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_database(), current_setting('server_version_num')::int,"
                         + " inet_server_addr()::text")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ctu");
                assertThat(rs.getInt(2)).isBetween(170000, 179999);
                assertThat(rs.getString(3)).startsWith("127.0.0.1");
            }
            assertThat(postgres.jdbcUrl("ctu")).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/ctu");
            assertThat(Ports.isFree(postgres.port())).isFalse();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void persistentDataDirectorySurvivesARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        int port = Ports.freePort();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(port, data)) {
            postgres.createDatabase("rocu");
            try (Connection c = postgres.connect("rocu"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int primary key)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        }
        assertThat(Ports.isFree(port)).isTrue();
        assertThat(dir.resolve("pg.log")).exists();

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(port, data);
             Connection c = again.connect("rocu"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainIdentifier() {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
            assertThatThrownBy(() -> postgres.createDatabase("x\"; DROP DATABASE postgres; --"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
