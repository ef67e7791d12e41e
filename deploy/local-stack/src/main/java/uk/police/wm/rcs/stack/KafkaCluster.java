package uk.police.wm.rcs.stack;

import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A KRaft cluster of n combined broker+controller nodes ({@link KafkaBrokerProcess} child JVMs) on 127.0.0.1: topics
 * with replication factor n and {@code min.insync.replicas} n-1, so that one node may stop without losing or refusing
 * an {@code acks=all} write. Node i keeps its data in {@code <work>/node-i}.
 */
public final class KafkaCluster implements AutoCloseable {

    /** The topics our services write; created up front with the cluster's replication (auto-create would do too). */
    public static final List<String> SERVICE_TOPICS = List.of("ctu.events", "rocu.events", "cyber.events", "partner.events");
    /** Partitions of each service topic (the single broker's {@code num.partitions}). */
    public static final int PARTITIONS = 6;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path workDirectory;
    private final boolean temporary;
    private final List<KafkaBrokerProcess> nodes;

    private KafkaCluster(Path workDirectory, boolean temporary, List<KafkaBrokerProcess> nodes) {
        this.workDirectory = workDirectory;
        this.temporary = temporary;
        this.nodes = nodes;
    }

    /**
     * A cluster that is not started yet.
     *
     * @param classpathDirectory the broker's jars (see {@link RepoLayout#kafkaBrokerClasspath()})
     * @param workDirectory parent of the nodes' folders, kept between runs; null for a temporary one deleted on close
     * @param size number of nodes (3 for the rehearsal; 1 works but {@link KafkaBrokerProcess#create} is simpler)
     * @param firstPort client port of node 1, node i using {@code firstPort + 100 * (i - 1)} and the controller port
     *     one above its client port; 0 for free ports
     */
    public static KafkaCluster create(Path classpathDirectory, Path workDirectory, int size, int firstPort) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs at least one node");
        }
        try {
            boolean temporary = workDirectory == null;
            Path dir = temporary ? Files.createTempDirectory("rcs-kafka-cluster-") : workDirectory.toAbsolutePath();
            Set<Integer> taken = new LinkedHashSet<>();
            int[] clientPorts = new int[size];
            int[] controllerPorts = new int[size];
            for (int i = 0; i < size; i++) {
                clientPorts[i] = firstPort > 0 ? firstPort + 100 * i : distinctFreePort(taken);
                controllerPorts[i] = firstPort > 0 ? firstPort + 100 * i + 1 : distinctFreePort(taken);
                if (firstPort > 0) {
                    Ports.requireFree(clientPorts[i], "Kafka node " + (i + 1));
                    Ports.requireFree(controllerPorts[i], "Kafka controller " + (i + 1));
                }
            }
            StringBuilder voters = new StringBuilder();
            for (int i = 0; i < size; i++) {
                voters.append(i == 0 ? "" : ",").append(i + 1).append('@').append(Ports.LOOPBACK).append(':').append(controllerPorts[i]);
            }
            int replication = Math.min(size, 3);
            List<KafkaBrokerProcess> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                nodes.add(KafkaBrokerProcess.createClusterNode(classpathDirectory, dir.resolve("node-" + (i + 1)), i + 1,
                        clientPorts[i], controllerPorts[i], voters.toString(), replication));
            }
            return new KafkaCluster(dir, temporary, List.copyOf(nodes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int distinctFreePort(Set<Integer> taken) {
        int port = Ports.freePort();
        while (!taken.add(port)) {
            port = Ports.freePort();
        }
        return port;
    }

    /** Launches every node (none can elect a controller alone), waits until all are brokers, creates the topics. */
    public void start() {
        try {
            nodes.forEach(KafkaBrokerProcess::launch);
            nodes.forEach(KafkaBrokerProcess::awaitReady);
            awaitBrokers(nodes.size());
            createTopics(SERVICE_TOPICS, PARTITIONS);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    /** Waits until the cluster reports this many live brokers. */
    public void awaitBrokers(int count) {
        awaitCondition("all " + count + " brokers registered", () -> {
            try (Admin admin = admin()) {
                return admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS).size() >= count;
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    /**
     * Creates the topics (if missing) with the cluster's replication factor and {@code min.insync.replicas}.
     *
     * @param partitions partitions of each new topic
     */
    public void createTopics(Collection<String> topics, int partitions) {
        short replication = (short) replicationFactor();
        Map<String, String> config = Map.of("min.insync.replicas", Integer.toString(minInsyncReplicas()));
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, replication).configs(config))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Creating topics timed out", e);
        }
    }

    /** Each topic's description (partitions, leaders, replicas, in-sync replicas). */
    public Map<String, TopicDescription> describeTopics(Collection<String> topics) {
        try (Admin admin = admin()) {
            return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not describe " + topics, e);
        }
    }

    /** The replication factor of the topics: the cluster size, at most 3. */
    public int replicationFactor() {
        return Math.min(nodes.size(), 3);
    }

    /** {@code min.insync.replicas} of the topics: one less than the replication factor, at least 1. */
    public int minInsyncReplicas() {
        return Math.max(1, replicationFactor() - 1);
    }

    /** An admin client on this cluster (close it); its classes load through this module's class loader. */
    public Admin admin() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaCluster.class.getClassLoader());
        try {
            return Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void awaitCondition(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("Kafka cluster: not " + what + " after " + READY_TIMEOUT.toSeconds() + " s");
    }

    /** Every node's client address, comma-separated, for {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaBrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    /** The nodes, node 1 first. */
    public List<KafkaBrokerProcess> nodes() {
        return nodes;
    }

    /** Node {@code id} (1..n): stop and start it to rehearse a broker failure. */
    public KafkaBrokerProcess node(int id) {
        return nodes.get(id - 1);
    }

    /** The parent of the nodes' folders. */
    public Path workDirectory() {
        return workDirectory;
    }

    /** Stops every node (in parallel: a KRaft quorum that loses its majority makes the last ones slow to stop). */
    public void stop() {
        nodes.stream().map(n -> new Thread(n::stop, "stop-kafka-" + n.nodeId())).peek(Thread::start).toList().forEach(t -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stops every node; a temporary work directory is deleted. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            EmbeddedPostgresServer.deleteRecursively(workDirectory);
        }
    }
}
