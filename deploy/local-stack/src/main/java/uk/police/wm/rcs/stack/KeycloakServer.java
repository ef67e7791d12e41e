package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak 26 from the cached distribution, on 127.0.0.1, with the west-midlands realm imported at start.
 *
 * <p>Each server gets its own small home: a copy of {@code bin/} plus links to the shared {@code lib}, {@code conf},
 * {@code themes} and {@code providers}, so that its {@code data/} (import folder, transaction logs, temp files) is its
 * own and a developer's stack and a test run can use one unpacked distribution at the same time. The in-memory
 * database (dev-mem) means every start imports the realm afresh.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The realm the project uses. */
    public static final String REALM = "west-midlands";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RESTART_READY_TIMEOUT = Duration.ofMinutes(10);

    private final Path workDirectory;
    private final boolean temporary;
    private final int httpPort;
    private final int managementPort;
    private final StoppableProcess server = new StoppableProcess("Keycloak");
    private volatile Duration readyTimeout = READY_TIMEOUT;
    /** This server's realm signing key, the same at every start (the in-memory database would make a new one). */
    private final KeyPair signingKey = RealmKeys.generate();

    private KeycloakServer(Path workDirectory, boolean temporary, int httpPort, int managementPort) {
        this.workDirectory = workDirectory;
        this.temporary = temporary;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /**
     * Prepares the distribution if needed, starts Keycloak and waits until it is ready and the realm answers.
     *
     * @param repo the checkout (realm file, Maven wrapper)
     * @param httpPort the HTTP port, 0 for a free one
     * @param managementPort the management (health) port, 0 for a free one
     * @param workDirectory this server's home and log, kept between runs; null for a temporary one deleted on close
     */
    public static KeycloakServer start(RepoLayout repo, int httpPort, int managementPort, Path workDirectory) {
        KeycloakServer server = create(httpPort, managementPort, workDirectory);
        try {
            server.start(repo);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** A server that is not started yet (so that a caller can hold it, and stop it, while it starts). */
    public static KeycloakServer create(int httpPort, int managementPort, Path workDirectory) {
        try {
            boolean temporary = workDirectory == null;
            Path work = temporary ? Files.createTempDirectory("rcs-keycloak-") : workDirectory.toAbsolutePath();
            int http = Ports.fixedOrFree(httpPort);
            int management = managementPort > 0 ? managementPort : Ports.freePort();
            return new KeycloakServer(work, temporary, http, management);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a Keycloak stopped by {@link #stop()} again on the same ports, with the same signing key, as a Keycloak
     * on a persistent database comes back: tokens it issued before still verify, and services that cached its keys
     * need not fetch them again.
     */
    public void startAgain(RepoLayout repo) {
        server.allowStartAgain();
        // beside services under load it starts more slowly than at first (its schema and realm are made afresh)
        readyTimeout = RESTART_READY_TIMEOUT;
        start(repo);
    }

    /** Prepares the distribution if needed, starts Keycloak and waits until it is ready and the realm answers. */
    public void start(RepoLayout repo) {
        OrphanReaper.reap();
        Path distribution = KeycloakDistribution.prepare(repo);
        try {
            launch(distribution, repo.realmFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch(Path distribution, Path realmFile) throws IOException {
        Path home = prepareInstanceHome(distribution, realmFile);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                // local caches: the default clustered cache would open JGroups ports on non-loopback addresses
                "--cache=local",
                "--http-enabled=true",
                "--http-host=" + Ports.LOOPBACK,
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // a fixed issuer: otherwise it follows each request's Host header
                "--hostname=" + baseUrl(),
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Process launched = server.launch(builder);
        awaitReady();
        // the JVM under kc.sh too: if we are killed, the script's child would outlive it
        launched.toHandle().children().forEach(OrphanReaper::register);
    }

    private Path prepareInstanceHome(Path distribution, Path realmFile) throws IOException {
        Path home = workDirectory.resolve("home");
        Files.createDirectories(home.resolve("bin"));
        // kc.sh finds its home as "<its own folder>/..": a real copy of bin/ makes that our folder
        try (Stream<Path> scripts = Files.list(distribution.resolve("bin"))) {
            for (Path script : scripts.filter(Files::isRegularFile).toList()) {
                Path copy = home.resolve("bin").resolve(script.getFileName());
                Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().setExecutable(script.toFile().canExecute(), false);
            }
        }
        for (String shared : List.of("lib", "conf", "themes", "providers")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
        }
        Path importDirectory = home.resolve("data/import");
        Files.createDirectories(importDirectory);
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Realm file missing: " + realmFile);
        }
        RealmKeys.write(realmFile, importDirectory.resolve(realmFile.getFileName()), signingKey);
        return home;
    }

    private void awaitReady() {
        // the realm answers its discovery document only once Keycloak has imported it
        ChildReadiness.await(new ChildReadiness.Child("Keycloak", server::current,
                () -> ChildReadiness.answers(managementUrl() + "/health/ready", "UP")
                        && ChildReadiness.answers(realmUrl() + "/.well-known/openid-configuration", "issuer"),
                Duration.ofMillis(250), baseUrl(), logFile(), this::stop), readyTimeout);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + httpPort;
    }

    /** The realm's URL, which is also the tokens' issuer and the services' {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The management interface (health, metrics). */
    public String managementUrl() {
        return "http://" + Ports.LOOPBACK + ":" + managementPort;
    }

    /** The admin console (bootstrap admin from KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD, default admin/admin). */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin/master/console/#/" + REALM;
    }

    /** A token helper for this realm. */
    public KeycloakTokens tokens() {
        return new KeycloakTokens(realmUrl());
    }

    /** The HTTP port. */
    public int httpPort() {
        return httpPort;
    }

    /** Keycloak's output. */
    public Path logFile() {
        return workDirectory.resolve("keycloak.log");
    }

    /** The pid of the launcher script (Keycloak's JVM is its child), when running. */
    public long pid() {
        return server.pid();
    }

    /** True while Keycloak's process runs. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops Keycloak and every process under it (SIGTERM, up to 30 s, then SIGKILL); also aborts a start in progress. */
    public void stop() {
        Process running = server.stop();
        if (running != null) {
            ChildProcesses.stopTree(running.toHandle(), 30);
        }
    }

    /** Stops Keycloak; a temporary work directory is deleted. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            EmbeddedPostgresServer.deleteRecursively(workDirectory);
        }
    }
}
