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
 * consumer lag. Between minute {@code soak.settled-minute} (5) and the last, memory must stay flat within 10 % (the
 * trend through every minute's reading: {@link Flatness}; the heap after GC the median of three collections) and
 * nothing may grow. The table goes to {@code target/soak-results.md}.
 */
@Tag("soak")
class SoakTest {

    private static final int MINUTES = Integer.parseInt(System.getProperty("soak.minutes", "30"));
    private static final int SETTLED_MINUTE = Integer.parseInt(System.getProperty("soak.settled-minute", "5"));
    private static final int MEASURE_SECONDS = Integer.parseInt(System.getProperty("soak.measure-seconds", "30"));
    private static final double FLAT = 0.10;

    /** One minute's readings. */
    record Minute(int minute, Map<String, ProcessGauges.Reading> services, Map<String, Long> connections, Map<String, Long> outbox,
                  long consumerLag, long acknowledged, String loadAverage) {
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
            Deadline.passes("the capacity probe's " + MEASURE_SECONDS + " s", Duration.ofSeconds(MEASURE_SECONDS));
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
                    Deadline.passes("minute " + minute + " of the soak", start + Duration.ofMinutes(minute).toNanos());
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

            List<Minute> settledOn = settled(minutes);
            Minute settled = settledOn.get(0);
            Minute last = minutes.get(minutes.size() - 1);
            settled.services().forEach((name, early) -> {
                ProcessGauges.Reading late = last.services().get(name);
                // memory: the trend from the settled minute to the last (one line through every reading), within 10 % up or down
                Flatness rss = Flatness.of(settledOn.stream().map(m -> m.services().get(name).rssKb()).toList());
                Flatness heap = Flatness.of(settledOn.stream().map(m -> m.services().get(name).heapAfterGcKb()).toList());
                assertThat(rss.within(FLAT)).as(name + " resident memory (KB, trend from minute " + settled.minute() + "): " + rss).isTrue();
                assertThat(heap.within(FLAT)).as(name + " heap after GC (KB, trend from minute " + settled.minute() + "): " + heap).isTrue();
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
        return new Minute(minute, services, connections, outbox, lag, acknowledged, loadAverage());
    }

    /** The minutes from the settled one to the last (two at least: a trend needs them). */
    private static List<Minute> settled(List<Minute> minutes) {
        return minutes.subList(Math.max(0, Math.min(SETTLED_MINUTE, minutes.size() - 1) - 1), minutes.size());
    }

    /**
     * The machine's load average over 1, 5 and 15 minutes ({@code /proc/loadavg}): other builds share these cores,
     * and the table says how busy they kept them.
     */
    private static String loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
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
        header.append(" | DB connections (rocu, cyber, gateway) | outbox backlog (rocu, cyber) | gateway consumer lag | load average (1, 5, 15 min) |");
        rule.append("|---|---|---|---|");
        lines.add(header.toString());
        lines.add(rule.toString());
        for (Minute m : minutes) {
            StringBuilder row = new StringBuilder("| " + m.minute() + " | " + m.acknowledged());
            for (String name : names) {
                ProcessGauges.Reading r = m.services().get(name);
                row.append(String.format(Locale.ROOT, " | %.0f / %.1f / %d", r.rssKb() / 1024.0, r.heapAfterGcKb() / 1024.0, r.openFiles()));
            }
            row.append(" | ").append(m.connections().values()).append(" | ").append(m.outbox().values()).append(" | ").append(m.consumerLag())
                    .append(" | ").append(m.loadAverage()).append(" |");
            lines.add(row.toString());
        }
        List<Minute> settledOn = settled(minutes);
        lines.add("");
        lines.add("Trend from minute " + settledOn.get(0).minute() + " to " + minutes.size() + " (the least-squares line through every"
                + " reading, its first and last value in MB; flat = within " + Math.round(FLAT * 100) + " % up or down):");
        lines.add("");
        for (String name : names) {
            Flatness rss = Flatness.of(settledOn.stream().map(m -> m.services().get(name).rssKb() / 1024.0).toList());
            Flatness heap = Flatness.of(settledOn.stream().map(m -> m.services().get(name).heapAfterGcKb() / 1024.0).toList());
            lines.add("- " + name + ": RSS " + rss + ", heap after GC " + heap);
        }
        return lines;
    }
}
