package uk.police.wm.rcs.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Apache Kafka 4.4 in KRaft combined mode (broker and controller, node 1) as a child JVM, on 127.0.0.1 only; or one
 * node of a {@link KafkaCluster} ({@link #createClusterNode}: its own node id, the cluster's static quorum voters and
 * replicated internal topics).
 *
 * <p>The child runs {@code uk.police.wm.rcs.broker.BrokerMain} with the classpath the kafka-broker module's build
 * leaves in {@code deploy/kafka-broker/target/lib}; it halts itself when this JVM dies. Stopping and starting again
 * on the same ports and directory keeps every record (tests rely on it).
 *
 * <p>The running broker is tracked by the pid file {@code broker.pid} in the work directory rather than only by a
 * {@link Process} object, so that {@link #attach} can control a broker that another instance started: Quarkus loads
 * test classes in a class loader per application, and they all share the one broker of the JVM.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** Fixed so that a directory formatted once is accepted by every later start. */
    static final String CLUSTER_ID = "cmNzLWxvY2FsLXN0YWNrMQ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /** Three nodes start at once and elect a controller first: on two busy cores that takes longer. */
    private static final Duration CLUSTER_READY_TIMEOUT = Duration.ofSeconds(240);
    private static final long STOP_GRACE_SECONDS = 30;
    private static final String BROKER_MAIN = "uk.police.wm.rcs.broker.BrokerMain";

    private final Path classpathDirectory;
    private final Path workDirectory;
    private final int port;
    private final int controllerPort;
    private final boolean temporary;
    private final int nodeId;
    /** {@code controller.quorum.voters}; null for the single node (itself as the only voter). */
    private final String quorumVoters;
    /** Replication factor of new topics and the internal ones: 1 alone, the cluster size in a cluster. */
    private final int replicationFactor;
    private ProcessHandle handle;
    private Process launched;

    private KafkaBrokerProcess(Path classpathDirectory, Path workDirectory, int port, int controllerPort, boolean temporary) {
        this(classpathDirectory, workDirectory, port, controllerPort, temporary, 1, null, 1);
    }

    private KafkaBrokerProcess(Path classpathDirectory, Path workDirectory, int port, int controllerPort, boolean temporary,
                               int nodeId, String quorumVoters, int replicationFactor) {
        this.classpathDirectory = classpathDirectory;
        this.workDirectory = workDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.temporary = temporary;
        this.nodeId = nodeId;
        this.quorumVoters = quorumVoters;
        this.replicationFactor = replicationFactor;
    }

    /**
     * One combined broker+controller node of a multi-node KRaft cluster (see {@link KafkaCluster}), not started yet.
     *
     * @param workDirectory this node's own folder (server.properties, data, log), kept between runs
     * @param nodeId the node id, 1..n
     * @param port the client port (fixed: the cluster allocated it)
     * @param controllerPort this node's controller port (fixed: it is part of {@code quorumVoters})
     * @param quorumVoters {@code controller.quorum.voters}, e.g. {@code 1@127.0.0.1:19093,2@127.0.0.1:19193,...}
     * @param replicationFactor replication factor of new and internal topics; {@code min.insync.replicas} is one less
     *     (at least 1)
     */
    public static KafkaBrokerProcess createClusterNode(Path classpathDirectory, Path workDirectory, int nodeId, int port,
                                                       int controllerPort, String quorumVoters, int replicationFactor) {
        if (port <= 0 || controllerPort <= 0 || nodeId <= 0 || replicationFactor <= 0) {
            throw new IllegalArgumentException("A cluster node needs fixed ports, a node id and a replication factor");
        }
        return new KafkaBrokerProcess(classpathDirectory, workDirectory.toAbsolutePath(), port, controllerPort, false,
                nodeId, quorumVoters, replicationFactor);
    }

    /**
     * A broker that is not started yet.
     *
     * @param classpathDirectory the folder with the broker's jars (see {@link RepoLayout#kafkaBrokerClasspath()})
     * @param workDirectory holds server.properties, the log dirs ({@code data/}) and {@code broker.log}; kept between
     *     runs; null for a temporary one deleted on {@link #close()}
     * @param port the client port, 0 for a free one
     * @param controllerPort the KRaft controller port, 0 for a free one
     */
    public static KafkaBrokerProcess create(Path classpathDirectory, Path workDirectory, int port, int controllerPort) {
        try {
            boolean temporary = workDirectory == null;
            Path dir = temporary ? Files.createTempDirectory("rcs-kafka-") : workDirectory.toAbsolutePath();
            int clientPort = Ports.fixedOrFree(port);
            int quorumPort = controllerPort > 0 ? controllerPort : freePortOtherThan(clientPort);
            return new KafkaBrokerProcess(classpathDirectory, dir, clientPort, quorumPort, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A handle on a broker that another instance created with these same arguments (and may have started): start, stop
     * and the pid go through the pid file in the work directory.
     */
    public static KafkaBrokerProcess attach(Path classpathDirectory, Path workDirectory, int port, int controllerPort) {
        return new KafkaBrokerProcess(classpathDirectory, workDirectory.toAbsolutePath(), port, controllerPort, false);
    }

    private static int freePortOtherThan(int taken) {
        int candidate = Ports.freePort();
        while (candidate == taken) {
            candidate = Ports.freePort();
        }
        return candidate;
    }

    /** Formats the storage if needed, starts the broker and waits until it answers a metadata request. */
    public void start() {
        launch();
        awaitReady();
    }

    /**
     * Formats the storage if needed and starts the broker without waiting for it (the nodes of a cluster must all be
     * launched before any of them can elect a controller); {@link #awaitReady()} next.
     */
    public synchronized void launch() {
        if (runningBroker() != null) {
            throw new IllegalStateException("Kafka already runs on " + bootstrapServers());
        }
        OrphanReaper.reap();
        Process process;
        try {
            Files.createDirectories(dataDirectory());
            Path properties = writeServerProperties();
            formatStorage(properties);
            List<String> jvm = quorumVoters == null ? List.of("-Xmx512m", "-Xms128m")
                    // a cluster node on a laptop: three of them share two cores
                    : List.of("-Xmx384m", "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
            List<String> arguments = new ArrayList<>(jvm);
            // the broker's collections in its log, by clock time: a pause there delays every event in flight
            arguments.add("-Xlog:gc:stdout:utctime");
            arguments.add(BROKER_MAIN);
            arguments.add(properties.toString());
            ProcessBuilder builder = new ProcessBuilder(javaCommand(arguments.toArray(String[]::new)))
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            process = builder.start();
            launched = process;
            handle = process.toHandle();
            OrphanReaper.register(handle);
            Files.writeString(pidFile(), Long.toString(process.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka in " + workDirectory, e);
        }
    }

    /** Waits until the broker {@link #launch() launched} last answers a metadata request; stops it on failure. */
    public void awaitReady() {
        Process process;
        synchronized (this) {
            process = launched;
        }
        if (process == null) {
            throw new IllegalStateException("Kafka was not launched by this handle");
        }
        awaitReady(process);
    }

    private Path writeServerProperties() throws IOException {
        String listeners = "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort;
        int rf = replicationFactor;
        int minIsr = Math.max(1, rf - 1);
        List<String> lines = List.of(
                "# written by KafkaBrokerProcess on every start",
                "process.roles=broker,controller",
                "node.id=" + nodeId,
                "controller.quorum.voters=" + (quorumVoters != null ? quorumVoters : "1@" + Ports.LOOPBACK + ":" + controllerPort),
                "listeners=" + listeners,
                "advertised.listeners=PLAINTEXT://" + Ports.LOOPBACK + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDirectory(),
                "num.partitions=6",
                // alone: 1 and 1; in a cluster of 3: every topic (auto-created ones included) on 3 nodes, writes
                // with acks=all need 2 of them, so one node may stop without losing or refusing a write
                "default.replication.factor=" + rf,
                "min.insync.replicas=" + minIsr,
                "offsets.topic.replication.factor=" + rf,
                "transaction.state.log.replication.factor=" + rf,
                "transaction.state.log.min.isr=" + minIsr,
                "share.coordinator.state.topic.replication.factor=" + rf,
                "share.coordinator.state.topic.min.isr=" + minIsr,
                "unclean.leader.election.enable=false",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                // a laptop, not a data centre: fewer threads, smaller segments of the internal topics
                "num.network.threads=2",
                "num.io.threads=4",
                "offsets.topic.num.partitions=6");
        if (quorumVoters != null) {
            lines = new ArrayList<>(lines);
            // three nodes on two busy cores: a slow start or a missed heartbeat must not kill a node or fence it
            lines.add("initial.broker.registration.timeout.ms=240000");
            lines.add("broker.session.timeout.ms=18000");
            lines.add("controller.quorum.election.timeout.ms=3000");
            lines.add("controller.quorum.fetch.timeout.ms=6000");
        }
        Path file = workDirectory.resolve("server.properties");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private void formatStorage(Path properties) throws IOException {
        if (Files.exists(dataDirectory().resolve("meta.properties"))) {
            return; // formatted before; "-g" would make the tool a no-op anyway, this saves starting a JVM
        }
        Process format = new ProcessBuilder(javaCommand("-Xmx256m", "kafka.tools.StorageTool", "format",
                "-t", CLUSTER_ID, "-c", properties.toString(), "-g"))
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage in " + dataDirectory() + " failed. Last lines of "
                        + logFile() + ":" + System.lineSeparator() + ChildProcesses.tail(logFile(), 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private List<String> javaCommand(String... tail) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.add("-cp");
        command.add(classpathDirectory.toAbsolutePath() + "/*");
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of(tail));
        return command;
    }

    private void awaitReady(Process process) {
        Duration timeout = quorumVoters == null ? READY_TIMEOUT : CLUSTER_READY_TIMEOUT;
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = readinessClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with status " + process.exitValue() + " while starting. Last lines of "
                            + logFile() + ":" + System.lineSeparator() + ChildProcesses.tail(logFile(), 30));
                }
                try {
                    var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                } catch (Exception notYet) {
                    last = notYet;
                }
                pause(100);
            }
        }
        stop();
        throw new IllegalStateException("Kafka was not ready on " + bootstrapServers() + " after " + timeout.toSeconds()
                + " s. Last lines of " + logFile() + ":" + System.lineSeparator() + ChildProcesses.tail(logFile(), 30), last);
    }

    private Admin readinessClient() {
        // Kafka loads its plugin classes through the context class loader: make it ours, whoever calls us
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBrokerProcess.class.getClassLoader());
        try {
            return Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker gracefully (SIGTERM, up to 30 s, then SIGKILL); a later {@link #start()} reuses ports and data. */
    public synchronized void stop() {
        ProcessHandle running = runningBroker();
        if (running != null) {
            ChildProcesses.stopTree(running, STOP_GRACE_SECONDS);
        }
        handle = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live broker JVM: ours, or the one the pid file names when it still runs BrokerMain; else null. */
    private ProcessHandle runningBroker() {
        if (handle != null && handle.isAlive()) {
            return handle;
        }
        try {
            if (!Files.exists(pidFile())) {
                return null;
            }
            String pid = Files.readString(pidFile(), StandardCharsets.UTF_8).trim();
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    // a recycled pid of some other program is not our broker
                    .filter(p -> p.info().arguments().map(args -> List.of(args).contains(BROKER_MAIN)).orElse(true))
                    .orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** True while the broker process runs. */
    public synchronized boolean isRunning() {
        return runningBroker() != null;
    }

    /** The pid of the broker JVM, when running. */
    public synchronized long pid() {
        ProcessHandle running = runningBroker();
        if (running == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return running.pid();
    }

    /** {@code 127.0.0.1:<port>}, for {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    /** The client port. */
    public int port() {
        return port;
    }

    /** The KRaft node id (1 for the single broker). */
    public int nodeId() {
        return nodeId;
    }

    /** The KRaft controller port. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The work directory (server.properties, data, log, pid file). */
    public Path workDirectory() {
        return workDirectory;
    }

    /** The folder with the broker's jars. */
    public Path classpathDirectory() {
        return classpathDirectory;
    }

    private Path pidFile() {
        return workDirectory.resolve("broker.pid");
    }

    /** The folder of the Kafka log dirs. */
    public Path dataDirectory() {
        return workDirectory.resolve("data");
    }

    /** Where the broker writes its output (WARN and above, plus the "started" line). */
    public Path logFile() {
        return workDirectory.resolve("broker.log");
    }

    /** Stops the broker; a temporary work directory is deleted. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            EmbeddedPostgresServer.deleteRecursively(workDirectory);
        }
    }
}
