package uk.police.wm.rcs.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;
import uk.police.wm.rcs.stack.ServiceProcess;

/**
 * Issue 18's soak (Maven profile {@code soak}, never in {@code ./mvnw verify}): the machine's capacity for claims and
 * referrals measured first (writers sending as fast as answers come, {@code soak.measure-seconds}), then
 * {@code soak.minutes} (30) at half of it, with a reading every minute of every service JVM's resident memory, heap
 * after a full collection and open file descriptors, the database connections, the outbox backlog and the gateway's
 * consumer lag. Between minute {@code soak.settled-minute} (5) and the last, memory must stay within 10 % and nothing
 * may grow. The table goes to {@code target/soak-results.md}.
 */
@Tag("soak")
class SoakTest {

    private static final int MINUTES = Integer.parseInt(System.getProperty("soak.minutes", "30"));
    private static final int SETTLED_MINUTE = Integer.parseInt(System.getProperty("soak.settled-minute", "5"));
    private static final int MEASURE_SECONDS = Integer.parseInt(System.getProperty("soak.measure-seconds", "30"));
    private static final double FLAT = 0.10;

    /** One minute's readings. */
    record Minute(int minute, Map<String, ProcessGauges.Reading> services, Map<String, Long> connections, Map<String, Long> outbox,
                  long consumerLag, long acknowledged) {
    }

    @Test
    void memoryDescriptorsConnectionsAndLagStayFlatForHalfAnHourAtHalfTheMachinesCapacity() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        LocalStack.Options options = LocalStack.Options.forTests().onlyServices(RcsService.ROCU, RcsService.CYBER, RcsService.GATEWAY);
        try (LocalStack stack = LocalStack.start(options)) {
            AtomicInteger renewalsRefused = new AtomicInteger();
            Map<String, Supplier<String>> tokens = new LinkedHashMap<>();
            ForceSystems.CLIENTS.forEach(client -> tokens.put(client, new RenewingToken(() -> stack.tokens().clientToken(client), renewalsRefused)));
            Supplier<List<String>> rocu = () -> List.of(stack.serviceUrl(RcsService.ROCU));
            Supplier<List<String>> cyber = () -> List.of(stack.serviceUrl(RcsService.CYBER));

            // capacity: as fast as answers come (a rate no client reaches), claims and referrals two to one
            ForceSystems probeClaims = new ForceSystems(ForceSystems.CLAIMS, rocu, tokens, runId + "m", 100_000, 8, null, new Tally());
            ForceSystems probeReferrals = new ForceSystems(ForceSystems.REFERRALS, cyber, tokens, runId + "m", 100_000, 4, null, new Tally());
            probeClaims.start();
            probeReferrals.start();
            Thread.sleep(Duration.ofSeconds(MEASURE_SECONDS).toMillis());
            probeClaims.stop();
            probeReferrals.stop();
            double claimCapacity = probeClaims.writesPerSecond();
            double referralCapacity = probeReferrals.writesPerSecond();

            Moderator moderator = new Moderator(rocu, stack.tokens().userToken("rocu.moderator"));
            ForceSystems claims = new ForceSystems(ForceSystems.CLAIMS, rocu, tokens, runId, claimCapacity / 2, 4, moderator, new Tally());
            ForceSystems referrals = new ForceSystems(ForceSystems.REFERRALS, cyber, tokens, runId, referralCapacity / 2, 2, null, new Tally());
            moderator.start(runId);
            claims.start();
            referrals.start();
            long start = System.nanoTime();
            List<Minute> minutes = new ArrayList<>();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
                for (int minute = 1; minute <= MINUTES; minute++) {
                    long due = start + Duration.ofMinutes(minute).toNanos();
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                    minutes.add(read(stack, admin, minute, claims.acceptedCount() + referrals.acceptedCount()));
                }
            }
            claims.stop();
            referrals.stop();
            moderator.finish();

            List<String> table = table(minutes, claimCapacity, referralCapacity, claims, referrals);
            Path file = Path.of("target", "soak-results.md");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, table);
            System.out.println(String.join(System.lineSeparator(), table));

            Minute settled = minutes.get(Math.min(SETTLED_MINUTE, minutes.size()) - 1);
            Minute last = minutes.get(minutes.size() - 1);
            settled.services().forEach((name, early) -> {
                ProcessGauges.Reading late = last.services().get(name);
                assertThat((double) late.rssKb()).as(name + " resident memory").isBetween(early.rssKb() * (1 - FLAT), early.rssKb() * (1 + FLAT));
                assertThat((double) late.heapAfterGcKb()).as(name + " heap after GC")
                        .isBetween(early.heapAfterGcKb() * (1 - FLAT), early.heapAfterGcKb() * (1 + FLAT));
                assertThat(late.openFiles()).as(name + " open file descriptors").isLessThanOrEqualTo(early.openFiles() + 5);
            });
            settled.connections().forEach((db, early) -> assertThat(last.connections().getOrDefault(db, 0L))
                    .as("connections to " + db).isLessThanOrEqualTo(early + 2));
            assertThat(claims.refused()).isEmpty();
            assertThat(referrals.refused()).isEmpty();
            assertThat(claims.givenUp() + referrals.givenUp()).isZero();
            // a backlog is flat when it stays within a few seconds of writes: it is drained as fast as it fills
            double perSecond = (claimCapacity + referralCapacity) / 2;
            last.outbox().forEach((db, pending) -> assertThat(pending).as("outbox backlog of " + db).isLessThanOrEqualTo((long) (perSecond * 5) + 50));
            assertThat(last.consumerLag()).as("gateway consumer lag").isLessThanOrEqualTo((long) (perSecond * 5) + 50);
        }
    }

    private static Minute read(LocalStack stack, Admin admin, int minute, long acknowledged) throws Exception {
        Map<String, ProcessGauges.Reading> services = new LinkedHashMap<>();
        for (RcsService service : List.of(RcsService.ROCU, RcsService.CYBER, RcsService.GATEWAY)) {
            for (ServiceProcess instance : stack.instances(service)) {
                services.put(instance.name(), ProcessGauges.read(instance.pid()));
            }
        }
        Map<String, Long> connections = new LinkedHashMap<>();
        Map<String, Long> outbox = new LinkedHashMap<>();
        for (String db : List.of("rocu", "cyber", "gateway")) {
            connections.put(db, Database.number(stack, "postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db + "'"));
            if (!db.equals("gateway")) {
                outbox.put(db, Database.number(stack, db, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"));
            }
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("gateway-read-model")
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
        }
        return new Minute(minute, services, connections, outbox, lag, acknowledged);
    }

    private static List<String> table(List<Minute> minutes, double claimCapacity, double referralCapacity, ForceSystems claims,
                                      ForceSystems referrals) {
        List<String> lines = new ArrayList<>();
        lines.add("# Soak: " + minutes.size() + " minutes at half the measured capacity");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Run at %s on %d cores. Measured capacity (%d s, writers as fast as answers come): %.1f claims/s,"
                        + " %.1f referrals/s; soak load %.1f claims/s and %.1f referrals/s (held: %.1f and %.1f), every second claim approved.",
                Instant.now(), Runtime.getRuntime().availableProcessors(), MEASURE_SECONDS, claimCapacity, referralCapacity,
                claimCapacity / 2, referralCapacity / 2, claims.writesPerSecond(), referrals.writesPerSecond()));
        lines.add("");
        List<String> names = new ArrayList<>(minutes.get(0).services().keySet());
        StringBuilder header = new StringBuilder("| minute | acknowledged");
        StringBuilder rule = new StringBuilder("|---|---");
        for (String name : names) {
            header.append(" | ").append(name).append(" RSS / heap after GC (MB) / open files");
            rule.append("|---");
        }
        header.append(" | DB connections (rocu, cyber, gateway) | outbox backlog (rocu, cyber) | gateway consumer lag |");
        rule.append("|---|---|---|");
        lines.add(header.toString());
        lines.add(rule.toString());
        for (Minute m : minutes) {
            StringBuilder row = new StringBuilder("| " + m.minute() + " | " + m.acknowledged());
            for (String name : names) {
                ProcessGauges.Reading r = m.services().get(name);
                row.append(String.format(Locale.ROOT, " | %.0f / %.1f / %d", r.rssKb() / 1024.0, r.heapAfterGcKb() / 1024.0, r.openFiles()));
            }
            row.append(" | ").append(m.connections().values()).append(" | ").append(m.outbox().values()).append(" | ").append(m.consumerLag()).append(" |");
            lines.add(row.toString());
        }
        return lines;
    }
}
