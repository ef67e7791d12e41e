package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Zipkin server (the trace viewer) on 127.0.0.1 with in-memory storage: the services send it their spans (Zipkin's
 * own v2 API, {@code rcs.tracing.exporter=zipkin}), and its UI finds a trace by id.
 *
 * <p>The server is the Maven artifact {@code io.zipkin:zipkin-server:<version>:jar:exec}: found in the local Maven
 * repository, or fetched there once by the project's own {@code ./mvnw dependency:get}, like Keycloak's zip.
 */
public final class ZipkinServer implements AutoCloseable {

    /** The Zipkin version the project runs. */
    public static final String VERSION = "3.5.1";
    /** The developer stack's port (Zipkin's usual one). */
    public static final int DEFAULT_PORT = 9411;

    private static final String ARTIFACT = "io.zipkin:zipkin-server:" + VERSION + ":jar:exec";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** A small heap: in-memory storage capped at 50,000 spans (about 1 KB each). */
    private static final List<String> JAVA_OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");

    private final int port;
    private final Path logFile;
    private final StoppableProcess server = new StoppableProcess("Zipkin");

    private ZipkinServer(int port, Path logFile) {
        this.port = port;
        this.logFile = logFile;
    }

    /** A server that is not started yet; {@code port} 0 picks a free one. */
    public static ZipkinServer create(int port, Path workDirectory) {
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ZipkinServer(Ports.fixedOrFree(port), workDirectory.resolve("zipkin.log"));
    }

    /** Fetches the server once if needed, starts it and waits until it answers. */
    public void start(RepoLayout repo) {
        OrphanReaper.reap();
        Path jar = locateOrFetch(repo);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(),
                // Armeria's listening port, on loopback only (Zipkin listens on every address by default)
                "--armeria.ports[0].ip=" + Ports.LOOPBACK,
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http",
                "--zipkin.storage.type=mem",
                "--zipkin.storage.mem.max-spans=50000"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logFile.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // Zipkin reads its collectors and storage from the environment: KAFKA_BOOTSTRAP_SERVERS would make it
        // consume a topic of spans, STORAGE_TYPE would point it elsewhere
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_") || name.startsWith("STORAGE_")
                || name.startsWith("RABBIT_") || name.startsWith("ES_") || name.startsWith("CASSANDRA_")
                || name.startsWith("MYSQL_"));
        try {
            server.launch(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Zipkin", e);
        }
        awaitReady();
    }

    private void awaitReady() {
        ChildReadiness.await(new ChildReadiness.Child("Zipkin", server::current,
                () -> ChildReadiness.answers(baseUrl() + "/health", null), Duration.ofMillis(250), baseUrl(), logFile,
                this::stop), READY_TIMEOUT);
    }

    static Path jarInLocalRepository() {
        return KeycloakDistribution.localMavenRepository().resolve("io/zipkin/zipkin-server/" + VERSION
                + "/zipkin-server-" + VERSION + "-exec.jar");
    }

    private static Path locateOrFetch(RepoLayout repo) {
        Path jar = jarInLocalRepository();
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        System.out.println("Zipkin " + VERSION + " is not in the local Maven repository yet: fetching " + ARTIFACT
                + " (about 130 MB, once) with ./mvnw dependency:get, because the local stack shows its traces in it.");
        List<String> command = new ArrayList<>(List.of(repo.mavenWrapper().toString(), "-q", "-N", "dependency:get",
                "-Dartifact=" + ARTIFACT, "-Dtransitive=false"));
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null && !repoLocal.isBlank()) {
            command.add("-Dmaven.repo.local=" + repoLocal);
        }
        try {
            Process maven = new ProcessBuilder(command).directory(repo.root().toFile()).inheritIO().start();
            if (!maven.waitFor(30, TimeUnit.MINUTES)) {
                ChildProcesses.stopTree(maven.toHandle(), 5);
                throw new IllegalStateException("./mvnw dependency:get did not finish within 30 minutes");
            }
            if (maven.exitValue() != 0 || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("Could not fetch " + ARTIFACT + " (./mvnw exited with " + maven.exitValue()
                        + "). Run by hand: ./mvnw -N dependency:get -Dtransitive=false -Dartifact=" + ARTIFACT);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching Zipkin", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the UI is at {@code /zipkin/}, the API at {@code /api/v2}. */
    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** Where the services post their spans. */
    public String spansEndpoint() {
        return baseUrl() + "/api/v2/spans";
    }

    /** The UI's page of one trace. */
    public String traceUrl(String traceId) {
        return baseUrl() + "/zipkin/traces/" + traceId;
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** Zipkin's output. */
    public Path logFile() {
        return logFile;
    }

    /** The pid of Zipkin's JVM, when running. */
    public long pid() {
        return server.pid();
    }

    /** Stops Zipkin (SIGTERM, up to 10 s, then SIGKILL); also aborts a start in progress. Its spans are gone. */
    public void stop() {
        Process running = server.stop();
        if (running != null) {
            ChildProcesses.stopTree(running.toHandle(), 10);
            OrphanReaper.unregister(running.pid());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
