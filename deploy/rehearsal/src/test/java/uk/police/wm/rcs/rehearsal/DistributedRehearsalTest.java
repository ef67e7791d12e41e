package uk.police.wm.rcs.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.KafkaCluster;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;
import uk.police.wm.rcs.stack.ServiceProcess;

/**
 * The distributed behaviour rehearsed with real processes (issue 7 item 4): a 3-node KRaft Kafka (replication 3,
 * min.insync.replicas 2), two instances each of rocu-service and the gateway on one PostgreSQL, and the real Keycloak.
 * Under a steady load of force-system claims and panel approvals, one broker is stopped, then one gateway instance
 * (its partitions go to the other), then one rocu-service instance is killed; afterwards every accepted claim is
 * exactly one record and one claimed event, and the governance view counts every approval exactly once. The figures
 * go to {@code target/rehearsal-results.md}.
 */
@Tag("rehearsal")
class DistributedRehearsalTest {

    private static final double RATE = Double.parseDouble(System.getProperty("rehearsal.rate", "20"));
    private static final int WINDOW_SECONDS = Integer.parseInt(System.getProperty("rehearsal.window-seconds", "10"));
    private static final String GROUP = "gateway-read-model";
    private static final int GATEWAY_PARTITIONS = 3 * KafkaCluster.PARTITIONS;
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(120);
    private static final int MIN_WRITES_PER_PHASE = 20;

    @Test
    void noWriteOrEventIsLostOrCountedTwiceWhenABrokerAConsumerAndAServiceInstanceStop() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        LocalStack.Options options = LocalStack.Options.forTests()
                .withKafkaBrokers(3).withInstances(2).onlyServices(RcsService.ROCU, RcsService.GATEWAY)
                // a claim cut by the crash holds its Idempotency-Key IN_PROGRESS until this passes (default 5 min)
                .withEnvironment(RcsService.ROCU, "RCS_IDEMPOTENCY_IN_PROGRESS_TIMEOUT", "PT10S");
        try (LocalStack stack = LocalStack.start(options)) {
            KafkaCluster kafka = stack.kafkaCluster();
            Results results = new Results(runId, RATE, stack.startupMillis());
            topicsAreReplicatedThreeTimesWithMinIsrTwo(kafka);

            List<String> rocu = stack.instances(RcsService.ROCU).stream().map(ServiceProcess::baseUrl).toList();
            Map<String, String> tokens = new LinkedHashMap<>();
            ForceSystems.CLIENTS.forEach(client -> tokens.put(client, stack.tokens().clientToken(client)));
            Moderator moderator = new Moderator(() -> rocu, stack.tokens().userToken("rocu.moderator"));
            ForceSystems forces = new ForceSystems(() -> rocu, tokens, runId, RATE, 4, moderator);
            try (Admin admin = kafka.admin()) {
                await("both gateway instances share the partitions").atMost(PHASE_LIMIT)
                        .until(() -> GroupWatch.assignment(admin, GROUP).size() == 2);
                moderator.start(runId);
                forces.start();
                long loadStarted = System.nanoTime();
                awaitPhase(forces, loadStarted, WINDOW_SECONDS / 2);
                results.phase("steady load", forces, loadStarted, System.nanoTime());

                // a. one broker stops: writes go on (acks=all needs 2 of 3 in sync), nothing is lost
                int broker = leaderOfMostPartitions(kafka, "rocu.events");
                long brokerStop = System.nanoTime();
                kafka.node(broker).stop();
                await("the stopped broker leaves every ISR").atMost(PHASE_LIMIT)
                        .until(() -> kafka.describeTopics(List.of("rocu.events")).get("rocu.events").partitions().stream()
                                .allMatch(p -> p.isr().size() == 2 && p.isr().stream().noneMatch(n -> n.id() == broker)));
                awaitPhase(forces, brokerStop, WINDOW_SECONDS);
                results.phase("broker " + broker + " of 3 stopped (led the most rocu.events partitions)", forces, brokerStop,
                        System.nanoTime());

                // b. one gateway instance stops: the other takes all its partitions
                Map<String, Integer> before = GroupWatch.assignment(admin, GROUP);
                assertThat(before.values()).allMatch(n -> n > 0).hasSize(2);
                long gatewayStop = System.nanoTime();
                AtomicLong rebalanced = GroupWatch.whenSoleOwner(kafka, GROUP, GATEWAY_PARTITIONS);
                stack.stopInstance(RcsService.GATEWAY, 1);
                long gatewayGone = System.nanoTime();
                await("the surviving gateway owns all " + GATEWAY_PARTITIONS + " partitions").atMost(PHASE_LIMIT)
                        .until(() -> rebalanced.get() != 0);
                results.rebalance(before, (rebalanced.get() - gatewayStop) / 1_000_000, (rebalanced.get() - gatewayGone) / 1_000_000);
                awaitPhase(forces, gatewayStop, WINDOW_SECONDS);
                results.phase("gateway instance 2 stopped", forces, gatewayStop, System.nanoTime());

                // c. one rocu-service instance crashes (the outbox relay's, if it can be told): clients retry elsewhere
                int holder = relayHolder(stack);
                int victim = holder >= 0 ? holder : 1;
                long rocuKill = System.nanoTime();
                stack.killInstance(RcsService.ROCU, victim);
                awaitPhase(forces, rocuKill, WINDOW_SECONDS);
                forces.stop();
                moderator.finish();
                long loadStopped = System.nanoTime();
                results.phase("rocu-service instance " + (victim + 1) + " killed (SIGKILL" + (holder >= 0 ? ", held the outbox relay" : "")
                        + ")", forces, rocuKill, loadStopped);
                results.load(forces, moderator, loadStarted, loadStopped);
            }

            List<ForceSystems.Accepted> accepted = forces.accepted();
            Set<String> acceptedIds = accepted.stream().map(ForceSystems.Accepted::disruptionId).collect(Collectors.toSet());
            Database.RocuCounts rocuCounts = Database.rocu(stack, runId);
            TopicAudit.Result topic = TopicAudit.read(kafka.bootstrapServers(), "rocu.events", acceptedIds, Duration.ofSeconds(120));
            results.records(accepted.size(), acceptedIds.size(), rocuCounts, topic);

            String gateway = stack.instance(RcsService.GATEWAY, 0).baseUrl();
            String viewer = stack.tokens().userToken("gov.viewer.secret");
            Http http = new Http();
            AtomicLong figure = new AtomicLong(-1);
            long governanceWait = System.nanoTime();
            await("the governance figure reaches the approvals").atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> {
                        figure.set(http.get(gateway + "/api/v1/governance/" + ForceSystems.FY + "/" + ForceSystems.QUARTER, viewer)
                                .path("rocu").path("figures").path("approvedDisruptions").path("total").path("current")
                                .path("value").asLong(-1));
                        return figure.get() == rocuCounts.approved();
                    });
            int readModelDisruptions = Database.gatewayDisruptions(stack);
            results.governance(figure.get(), rocuCounts.approved(), readModelDisruptions,
                    (System.nanoTime() - governanceWait) / 1_000_000);
            Path file = results.write(Path.of("target", "rehearsal-results.md"));
            System.out.println(Files.readString(file));

            assertThat(forces.refused()).as("claims refused").isEmpty();
            assertThat(forces.givenUp()).as("writes lost: claims no instance accepted in time").isZero();
            assertThat(moderator.problems()).as("failed approvals").isEmpty();
            assertThat(rocuCounts.records()).as("one record per accepted claim").isEqualTo(acceptedIds.size());
            assertThat(rocuCounts.distinctSourceRecords()).isEqualTo(rocuCounts.records());
            assertThat(rocuCounts.idsMissing(acceptedIds)).as("accepted ids without a record").isEmpty();
            assertThat(topic.lost()).as("events lost").isEmpty();
            assertThat(topic.duplicated()).as("disruptions claimed twice on the topic").isEmpty();
            assertThat(rocuCounts.approved()).as("approvals recorded").isEqualTo(new HashSet<>(moderator.approved()).size());
            assertThat(rocuCounts.approveDecisions()).as("one APPROVE decision per approved disruption").isEqualTo(rocuCounts.approved());
            assertThat(figure.get()).as("governance figure = approved disruptions").isEqualTo(rocuCounts.approved());
            assertThat(readModelDisruptions).as("read model: each claimed disruption once").isEqualTo(acceptedIds.size());
        }
    }

    private static void topicsAreReplicatedThreeTimesWithMinIsrTwo(KafkaCluster kafka) throws Exception {
        Map<String, TopicDescription> topics = kafka.describeTopics(KafkaCluster.SERVICE_TOPICS);
        for (TopicDescription topic : topics.values()) {
            assertThat(topic.partitions()).hasSize(KafkaCluster.PARTITIONS)
                    .allMatch(p -> p.replicas().size() == 3 && p.isr().size() == 3);
        }
        try (Admin admin = kafka.admin()) {
            ConfigResource rocu = new ConfigResource(ConfigResource.Type.TOPIC, "rocu.events");
            assertThat(admin.describeConfigs(List.of(rocu)).all().get().get(rocu).get("min.insync.replicas").value()).isEqualTo("2");
        }
    }

    private static int leaderOfMostPartitions(KafkaCluster kafka, String topic) {
        Map<Integer, Long> leaders = kafka.describeTopics(List.of(topic)).get(topic).partitions().stream()
                .collect(Collectors.groupingBy((TopicPartitionInfo p) -> p.leader().id(), Collectors.counting()));
        return leaders.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The rocu-service instance whose log says it holds the outbox relay lock (its crash hands the relay over); -1 if none. */
    private static int relayHolder(LocalStack stack) throws Exception {
        List<ServiceProcess> instances = stack.instances(RcsService.ROCU);
        for (int i = 0; i < instances.size(); i++) {
            if (Files.readString(instances.get(i).logFile()).contains("Outbox relay active")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lets the load run for the phase's window, and at least until {@value #MIN_WRITES_PER_PHASE} more claims were
     * accepted after the fault: writes must go on. Throughput is reported, not asserted (it depends on the machine).
     */
    private static void awaitPhase(ForceSystems forces, long phaseStart, int seconds) {
        int target = forces.acceptedCount() + MIN_WRITES_PER_PHASE;
        long end = phaseStart + Duration.ofSeconds(seconds).toNanos();
        try {
            await("the phase's window and " + MIN_WRITES_PER_PHASE + " more accepted claims").atMost(PHASE_LIMIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> System.nanoTime() >= end && forces.acceptedCount() >= target);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Writes stalled: " + forces.acceptedCount() + " accepted, " + forces.retries() + " retries, "
                    + forces.givenUp() + " given up, refused " + forces.refused().stream().limit(3).toList(), e);
        }
    }
}
