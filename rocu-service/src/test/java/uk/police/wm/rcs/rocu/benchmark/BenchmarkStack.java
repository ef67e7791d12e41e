package uk.police.wm.rcs.rocu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.KafkaBrokerProcess;
import uk.police.wm.rcs.stack.PostgresSettings;
import uk.police.wm.rcs.stack.RepoLayout;

/**
 * What a rocu-service benchmark runs on: the packaged service's jar, the folder its results go to, and a PostgreSQL
 * (with production's parameters) and a Kafka broker of its own, stopped together.
 */
record BenchmarkStack(Path jar, Path out, EmbeddedPostgresServer pg, KafkaBrokerProcess kafka)
        implements AutoCloseable {

    /** Starts PostgreSQL with {@code databases} and a Kafka broker. */
    static BenchmarkStack start(String... databases) throws IOException {
        RepoLayout repo = RepoLayout.locate();
        Path out = repo.root().resolve("rocu-service/target/benchmark");
        Files.createDirectories(out);
        // production's commit flushing and checkpoints (deploy/k8s/platform/postgres.yaml), not a test's; a run may
        // change some to compare, e.g. -Dbenchmark.postgres=synchronous_commit=off,wal_compression=off
        Map<String, String> settings = new TreeMap<>(PostgresSettings.production());
        for (String setting : System.getProperty("benchmark.postgres", "").split(",")) {
            if (setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')).strip(),
                        setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.startTemporary(settings);
        try {
            KafkaBrokerProcess kafka = KafkaBrokerProcess.create(repo.kafkaBrokerClasspath(), null, 0, 0);
            try {
                kafka.start();
                for (String database : databases) {
                    pg.createDatabase(database);
                }
                return new BenchmarkStack(repo.root().resolve("rocu-service/target/quarkus-app/quarkus-run.jar"),
                        out, pg, kafka);
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            pg.close();
        }
    }
}
