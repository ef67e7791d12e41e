package uk.police.wm.rcs.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production's PostgreSQL parameters come from the CloudNativePG manifest, the same for every cluster. */
class PostgresSettingsTest {

    @Test
    void theManifestsClustersFlushEveryCommitAndSpreadTheirCheckpoints() {
        assertThat(PostgresSettings.production()).containsEntry("synchronous_commit", "on")
                .containsEntry("checkpoint_timeout", "15min").containsKey("max_wal_size")
                .doesNotContainKey("archive_timeout");
    }

    @Test
    void clustersThatDisagreeAreRefused(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("postgres.yaml");
        Files.writeString(manifest, """
                kind: Cluster
                metadata: {name: a-db}
                spec: {postgresql: {parameters: {synchronous_commit: "on", archive_timeout: 5min}}}
                ---
                kind: ScheduledBackup
                metadata: {name: a-db-nightly}
                ---
                kind: Cluster
                metadata: {name: b-db}
                spec: {postgresql: {parameters: {synchronous_commit: "off"}}}
                """);

        assertThatThrownBy(() -> PostgresSettings.production(manifest)).hasMessageContaining("b-db")
                .hasMessageContaining("synchronous_commit=off");
    }

    @Test
    void aStartedServerRunsWithTheSettingsGiven() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startTemporary(PostgresSettings.production());
                var c = pg.connect("postgres"); var s = c.createStatement();
                var rs = s.executeQuery("select current_setting('synchronous_commit'),"
                        + " current_setting('checkpoint_timeout')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("15min");
        }
    }
}
