package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of our Quarkus services as a child process ({@code java -jar quarkus-run.jar}) configured by environment variables. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /**
     * A service's memory budget on one machine (and in its Kubernetes container, see deploy/README.md): a serial-GC
     * heap of 192 MB that starts at 96 MB with a fixed 48 MB young generation, bounded metaspace, code cache, direct
     * memory and thread stacks, and the C library's free memory handed back to the system every five seconds (C2's
     * compiler arenas would otherwise stay resident). The young generation is sized so that a request's garbage dies
     * in it: with a 128 MB heap that shrank to its live set after each collection (free ratios 10-30 %), in-flight
     * requests were promoted at every young collection and the old generation filled every 4 s, a full collection of
     * 70-120 ms each time at any load (rocu benchmark, -Xlog:gc, issue 17). The gateway renders PDFs and applies event
     * batches: it gets {@link #GATEWAY_HEAP} instead. Both compilers: once warmed up, C2 code halves the CPU a claim
     * costs the rocu service (rocu benchmark, 60 s warm-up: 0.96 ms with C1 only, 0.55 ms with C2).
     */
    public static final String DEFAULT_JAVA_OPTIONS = "-Xms96m -Xmx192m -Xmn48m -XX:+UseSerialGC"
            + " -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m"
            + " -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError";
    static final String GATEWAY_HEAP = "-Xmx256m";

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * The environment our services read: port and loopback host, datasource, Kafka and OIDC server.
     *
     * @param jdbcUrl the service's database
     * @param keycloakRealmUrl e.g. {@code http://127.0.0.1:18080/realms/west-midlands}
     */
    public static Map<String, String> environment(int port, String jdbcUrl, String username, String password,
                                                  String kafkaBootstrapServers, String keycloakRealmUrl) {
        return Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", Ports.LOOPBACK,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", username,
                "QUARKUS_DATASOURCE_PASSWORD", password,
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloakRealmUrl);
    }

    /**
     * Starts {@code java -jar runnerJar} without waiting for it; call {@link #awaitReady()} next.
     *
     * @param name for messages, e.g. ctu-service
     * @param runnerJar the service's {@code target/quarkus-app/quarkus-run.jar}
     * @param port the HTTP port (also put in the environment by {@link #environment})
     * @param environment added to this JVM's environment
     * @param logFile receives the service's stdout and stderr
     */
    public static ServiceProcess launch(String name, Path runnerJar, int port, Map<String, String> environment, Path logFile) {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: build the service first (./mvnw -q -DskipTests install, or deploy/stack up --build)");
        }
        OrphanReaper.reap();
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>();
            command.add(ChildProcesses.javaExecutable());
            command.addAll(javaOptions(name, runnerJar));
            command.addAll(List.of("-Djava.awt.headless=true", "-jar", runnerJar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(runnerJar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            // glibc's per-thread malloc arenas otherwise add tens of MB of RSS to a JVM with many worker threads
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            Process process = builder.start();
            OrphanReaper.register(process.toHandle());
            return new ServiceProcess(name, port, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /**
     * The service JVM's options: {@code RCS_SERVICE_JAVA_OPTS} when set, else {@link #DEFAULT_JAVA_OPTIONS}; plus the
     * class-data archive the build leaves next to the jar ({@code app-cds.jsa}, Quarkus AppCDS) when there is one.
     */
    static List<String> javaOptions(String name, Path runnerJar) {
        String override = System.getenv("RCS_SERVICE_JAVA_OPTS");
        List<String> options = new ArrayList<>(List.of((override == null || override.isBlank()
                ? DEFAULT_JAVA_OPTIONS : override.trim()).split("\\s+")));
        if (name.startsWith("gateway") && (override == null || override.isBlank())) {
            options.replaceAll(o -> o.startsWith("-Xmx") ? GATEWAY_HEAP : o);
        }
        if (Files.isRegularFile(runnerJar.resolveSibling("app-cds.jsa"))) {
            options.add("-XX:SharedArchiveFile=app-cds.jsa");
            options.add("-Xshare:auto");
        }
        return options;
    }

    /** Waits until {@code GET /q/health/ready} answers 200; fails with the log's tail if the process dies or time runs out. */
    public ServiceProcess awaitReady() {
        // a fine-grained pause: start-to-ready is one of the figures benchmarks print
        ChildReadiness.await(new ChildReadiness.Child(name, () -> process, this::isReady, Duration.ofMillis(50),
                baseUrl(), logFile, () -> { }), READY_TIMEOUT);
        return this;
    }

    /** True when the readiness endpoint answers 200 now. */
    public boolean isReady() {
        return ChildReadiness.answers(baseUrl() + "/q/health/ready", null);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** The service's name. */
    public String name() {
        return name;
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** The pid of the service's JVM. */
    public long pid() {
        return process.pid();
    }

    /** The service's output. */
    public Path logFile() {
        return logFile;
    }

    /** SIGTERM (Quarkus shuts down gracefully), up to 20 s, then SIGKILL. */
    public void stop() {
        ChildProcesses.stopTree(process.toHandle(), 20);
    }

    /** SIGKILL, no graceful shutdown: a crash as far as clients and the database can tell. Waits until it is gone. */
    public void kill() {
        OrphanReaper.unregister(process.pid());
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the JVM runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }
}
