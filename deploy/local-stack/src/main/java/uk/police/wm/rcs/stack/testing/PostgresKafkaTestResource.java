package uk.police.wm.rcs.stack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.KafkaBrokerProcess;
import uk.police.wm.rcs.stack.RepoLayout;

import java.nio.file.Path;
import java.util.Map;

/**
 * Quarkus test resource: one real PostgreSQL and one real Kafka broker per test JVM, shared by every test class.
 *
 * <p>Use it as {@code @QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name =
 * "database", value = "rocu"))} (or list it in a {@code QuarkusTestProfile}). Both servers listen on random free
 * loopback ports with temporary directories and stop in a shutdown hook when the JVM ends; {@link #stop()} leaves
 * them running for the next test class.
 *
 * <p>Quarkus loads test classes (and so this class) in a new class loader whenever the application restarts, e.g.
 * for another test profile, so static fields alone would start a broker per profile. The one-per-JVM state therefore
 * lives in system properties (plain strings: ports and directories), and every class loader attaches to the same
 * servers through them; only the loader that started them owns the shutdown hook.
 */
public class PostgresKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** The init arg naming the database to create and hand to the datasource. */
    public static final String DATABASE_ARG = "database";
    /** The database used when the init arg is missing. */
    public static final String DEFAULT_DATABASE = "app";

    private static final String PREFIX = "uk.police.wm.rcs.test-infrastructure.";
    private static final String POSTGRES_PORT = PREFIX + "postgres.port";
    private static final String KAFKA_PORT = PREFIX + "kafka.port";
    private static final String KAFKA_CONTROLLER_PORT = PREFIX + "kafka.controller-port";
    private static final String KAFKA_DIRECTORY = PREFIX + "kafka.directory";
    private static final String KAFKA_CLASSPATH = PREFIX + "kafka.classpath";
    private static final String LAST_DATABASE = PREFIX + "last-database";
    /**
     * A JVM-wide lock: string literals are interned, so this is the same object in every class loader (the loaders'
     * own Class objects differ, and locking System.getProperties() would block every property read meanwhile).
     */
    private static final Object JVM_WIDE_LOCK = "uk.police.wm.rcs.test-infrastructure.lock";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        int postgresPort = Integer.parseInt(System.getProperty(POSTGRES_PORT));
        EmbeddedPostgresServer.createDatabase(postgresPort, database);
        System.setProperty(LAST_DATABASE, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedPostgresServer.jdbcUrl(postgresPort, database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USERNAME,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared across test classes of this JVM: the shutdown hook stops both servers
    }

    /** Starts both servers once per JVM (idempotent, whichever class loader asks); also usable without Quarkus. */
    public static void ensureStarted() {
        synchronized (JVM_WIDE_LOCK) {
            if (System.getProperty(POSTGRES_PORT) != null) {
                return;
            }
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
            KafkaBrokerProcess kafka;
            try {
                kafka = KafkaBrokerProcess.create(RepoLayout.locate().kafkaBrokerClasspath(), null, 0, 0);
                kafka.start();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    kafka.close();
                } finally {
                    postgres.close();
                }
            }, "postgres-kafka-test-resource-stop"));
            System.setProperty(KAFKA_PORT, Integer.toString(kafka.port()));
            System.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(kafka.controllerPort()));
            System.setProperty(KAFKA_DIRECTORY, kafka.workDirectory().toString());
            System.setProperty(KAFKA_CLASSPATH, kafka.classpathDirectory().toString());
            // last: its presence means "all started"
            System.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
        }
    }

    /**
     * The shared broker, e.g. to {@code stop()} and {@code start()} it in a test proving that no event is lost
     * (same ports and data after the restart).
     */
    public static KafkaBrokerProcess kafka() {
        requireStarted();
        return KafkaBrokerProcess.attach(
                Path.of(System.getProperty(KAFKA_CLASSPATH)),
                Path.of(System.getProperty(KAFKA_DIRECTORY)),
                Integer.parseInt(System.getProperty(KAFKA_PORT)),
                Integer.parseInt(System.getProperty(KAFKA_CONTROLLER_PORT)));
    }

    /** The port of the shared PostgreSQL server on 127.0.0.1. */
    public static int postgresPort() {
        requireStarted();
        return Integer.parseInt(System.getProperty(POSTGRES_PORT));
    }

    /** The JDBC URL of the database the most recently started test resource created. */
    public static String jdbcUrl() {
        return jdbcUrl(System.getProperty(LAST_DATABASE, DEFAULT_DATABASE));
    }

    /** The JDBC URL of a database on the shared server. */
    public static String jdbcUrl(String database) {
        return EmbeddedPostgresServer.jdbcUrl(postgresPort(), database);
    }

    private static void requireStarted() {
        if (System.getProperty(POSTGRES_PORT) == null) {
            throw new IllegalStateException("PostgresKafkaTestResource has not started yet: use it from a @QuarkusTest"
                    + " annotated with @QuarkusTestResource(PostgresKafkaTestResource.class), or call ensureStarted()");
        }
    }
}
