package uk.police.wm.rcs.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL 17 from zonky's embedded binaries, on 127.0.0.1, with a persistent or a throw-away data directory.
 *
 * <p>Running as root: initdb, pg_ctl and postgres refuse to run as uid 0. zonky 2.2 handles this itself: when the
 * JVM runs as root and {@code unshare -U id -u} works, it prefixes initdb and pg_ctl with {@code unshare -U}. In that
 * new user namespace there is no uid mapping, so PostgreSQL sees itself as the overflow uid 65534 ("nobody") and
 * passes its root check, while the kernel still checks file access with our real uid, so the data directory we
 * created stays ours (owned by "65534" as seen from inside, which is what PostgreSQL compares). The postmaster
 * inherits the namespace from pg_ctl. pg_ctl stop can signal it because both run with the same real uid. We only
 * verify the precondition up front and fail with an explanation instead of initdb's terse refusal.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser; authentication is "trust" on loopback, so any password works and we hand out this one. */
    public static final String USERNAME = "postgres";
    /** The password handed to clients (ignored by the server's trust authentication). */
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path logFile;
    private final Path temporaryRoot;
    private volatile Optional<ProcessHandle> postmaster;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path logFile, Path temporaryRoot,
                                   Optional<ProcessHandle> postmaster) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.temporaryRoot = temporaryRoot;
    }

    /**
     * Starts on a random free port with a temporary data directory, deleted on {@link #close()}. Commits are not
     * flushed to disk before they are acknowledged (the embedded server's default): a test's database is thrown away.
     */
    public static EmbeddedPostgresServer startTemporary() {
        return start(0, null, Map.of());
    }

    /** {@link #startTemporary()} with {@code settings} (e.g. {@link PostgresSettings#production()}) on top. */
    public static EmbeddedPostgresServer startTemporary(Map<String, String> settings) {
        return start(0, null, settings);
    }

    /**
     * Starts PostgreSQL and waits until it answers a query.
     *
     * @param port the port on 127.0.0.1, or 0 for a free one
     * @param dataDirectory a data directory kept between runs (initialised when empty; its log is written beside it
     *     as {@code <name>.log}), or null for a temporary one deleted on close
     */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
        return start(port, dataDirectory, Map.of());
    }

    private static EmbeddedPostgresServer start(int port, Path dataDirectory, Map<String, String> settings) {
        requireRootWorkaround();
        OrphanReaper.reap();
        try {
            Path temporaryRoot = dataDirectory == null ? Files.createTempDirectory("rcs-postgres-") : null;
            Path data = dataDirectory != null ? dataDirectory.toAbsolutePath() : temporaryRoot.resolve("data");
            Path log = dataDirectory != null
                    ? data.resolveSibling(data.getFileName() + ".log")
                    : temporaryRoot.resolve("postgres.log");
            Files.createDirectories(data);
            stopStalePostmaster(data);
            int chosenPort = Ports.fixedOrFree(port);
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                settings.forEach(builder::setServerConfig);
                EmbeddedPostgres postgres = builder
                        .setPort(chosenPort)
                        .setDataDirectory(data)
                        .setCleanDataDirectory(temporaryRoot != null)
                        .setServerConfig("listen_addresses", Ports.LOOPBACK)
                        // TCP only: no socket files in /tmp that a killed instance could leave behind
                        .setServerConfig("unix_socket_directories", "''")
                        // "C" exists on every machine; the host's LANG may name a locale that is not installed
                        .setLocaleConfig("locale", "C")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                // pg_ctl detaches the postmaster from us: register it so that a killed JVM does not leave it running
                Optional<ProcessHandle> postmaster = postmaster(data);
                postmaster.ifPresent(OrphanReaper::register);
                return new EmbeddedPostgresServer(postgres, data, log, temporaryRoot, postmaster);
            } catch (RuntimeException | IOException | ExceptionInInitializerError e) {
                throw new IllegalStateException("PostgreSQL did not start on port " + chosenPort + " with data in " + data
                        + ". Last lines of " + log + ":" + System.lineSeparator() + ChildProcesses.tail(log, 30), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireRootWorkaround() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("Running as root, and PostgreSQL refuses to run as root. The usual way round"
                    + " (running initdb/pg_ctl in a user namespace with `unshare -U`) does not work here: check that"
                    + " `unshare -U id -u` prints 65534 (util-linux installed, user namespaces allowed), or run as a normal user.");
        }
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.UTF_8)) {
            String first = lines.findFirst().orElse("").trim();
            return first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
        }
    }

    /** A postmaster left running by a killed launcher would make the start fail: stop it first (fast shutdown). */
    private static void stopStalePostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine;
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.UTF_8)) {
            firstLine = lines.findFirst().orElse("").trim();
        }
        Optional<ProcessHandle> stale = firstLine.matches("\\d+") ? ProcessHandle.of(Long.parseLong(firstLine)) : Optional.empty();
        stale.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> {
                    System.err.println("Stopping a PostgreSQL left running on " + data + " (pid " + p.pid() + ")");
                    ChildProcesses.stopTree(p, 20);
                });
        if (stale.map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("PostgreSQL pid " + firstLine + " still runs on " + data);
        }
        waitUntilDeleted(pidFile);
    }

    private static void waitUntilDeleted(Path pidFile) {
        // postgres removes its pid file on exit; a pid file of a dead process is stale and pg_ctl copes with it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Creates the database when it does not exist yet (idempotent, safe against a concurrent creator).
     *
     * @param name a lower-case SQL identifier such as {@code rocu}
     */
    public void createDatabase(String name) {
        createDatabase(port(), name);
    }

    /** {@link #createDatabase(String)} on the server listening on 127.0.0.1:port, for callers holding only the port. */
    public static void createDatabase(int port, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port, "postgres"), USERNAME, PASSWORD)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created meanwhile by someone else: that is what we wanted
            }
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** A new JDBC connection to the given database as the superuser. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    /** The JDBC URL of a database on this server, e.g. {@code jdbc:postgresql://127.0.0.1:15432/ctu}. */
    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    /** The JDBC URL of a database on the server listening on 127.0.0.1:port. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port + "/" + database;
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return postgres.getPort();
    }

    /** The superuser name. */
    public String username() {
        return USERNAME;
    }

    /** The password to hand to clients. */
    public String password() {
        return PASSWORD;
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where initdb, pg_ctl and the server write their output. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Fast shutdown, as an operator's restart does: SIGINT to the postmaster, so open transactions roll back and every
     * client is cut at once (a plain SIGTERM would wait for the pools to hang up, which they never do). Waits until
     * it has exited; {@link #startAgain()} brings it back on the same port and data.
     */
    public void stopFast() {
        ProcessHandle running = postmaster.filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running on " + dataDirectory));
        OrphanReaper.unregister(running.pid());
        runQuietly(List.of("kill", "-INT", Long.toString(running.pid())), "kill -INT");
        try {
            running.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not stop within 60 s after a fast shutdown", e);
        }
    }

    /**
     * Starts the server stopped by {@link #stopFast()} again on the same port and data directory, and waits until it
     * accepts connections: {@code pg_ctl restart} finds the stopped server and starts it with the options it was
     * first started with ({@code postmaster.opts}), under {@code unshare -U} when we are root, as zonky does.
     */
    public void startAgain() {
        if (postmaster.map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("PostgreSQL is still running on " + dataDirectory);
        }
        try {
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
            // the first word is the postgres binary; pg_ctl is beside it
            Path binary = Path.of(opts.split("\\s+", 2)[0].replace("\"", ""));
            List<String> command = new ArrayList<>();
            if (isRoot()) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(binary.resolveSibling("pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-l", logFile.toString(), "-w", "-t", "60", "restart"));
            runQuietly(command, "pg_ctl restart");
            postmaster = postmaster(dataDirectory);
            postmaster.ifPresent(OrphanReaper::register);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runQuietly(List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " failed. Last lines of " + logFile + ":" + System.lineSeparator()
                        + ChildProcesses.tail(logFile, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + what, e);
        }
    }

    /** Stops the server (fast shutdown); a temporary data directory is deleted. */
    @Override
    public void close() {
        try {
            postmaster.ifPresent(p -> OrphanReaper.unregister(p.pid()));
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporaryRoot != null) {
                deleteRecursively(temporaryRoot);
            }
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
