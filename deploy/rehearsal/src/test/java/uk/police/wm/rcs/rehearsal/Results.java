package uk.police.wm.rcs.rehearsal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rehearsal's figures, as a Markdown report. */
final class Results {

    private final List<String> lines = new ArrayList<>();
    private final List<String> phases = new ArrayList<>();

    Results(String runId, double rate, long startupMillis) {
        lines.add("# Local rehearsal of the distributed behaviour");
        lines.add("");
        lines.add("Run `" + runId + "` at " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores: 3 KRaft nodes (replication 3, min.insync.replicas 2), rocu-service x2, gateway x2, one PostgreSQL,"
                + " Keycloak. Target load " + rate + " claims/s from 4 force systems, every second claim approved by the panel.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "- stack start (PostgreSQL, 3 brokers, Keycloak, 4 service JVMs): %.1f s", startupMillis / 1000.0));
    }

    void phase(String name, ForceSystems forces, long from, long to) {
        phases.add(String.format(Locale.ROOT, "| %s | %.1f s | %.1f | %d ms |", name, (to - from) / 1e9,
                forces.writesPerSecond(from, to), forces.longestGapMillis(from, to)));
    }

    void rebalance(Map<String, Integer> before, long fromStopMillis, long fromExitMillis) {
        lines.add("- gateway consumer group before the stop: " + before.values() + " partitions per instance");
        lines.add("- **time to rebalance**: " + fromStopMillis + " ms from SIGTERM to the surviving gateway owning all "
                + (3 * uk.police.wm.rcs.stack.KafkaCluster.PARTITIONS) + " partitions (" + fromExitMillis
                + " ms after the stopped JVM had exited)");
    }

    void load(ForceSystems forces, Moderator moderator, long from, long to) {
        lines.add(String.format(Locale.ROOT, "- **writes per second held**: %.1f accepted claims/s over %.1f s (%d claims), "
                        + "%d client retries on the other instance, %d claims refused, %d given up",
                forces.writesPerSecond(from, to), (to - from) / 1e9, forces.acceptedCount(), forces.retries(),
                forces.refused().size(), forces.givenUp()));
        lines.add(String.format(Locale.ROOT, "- approvals: %d (%d retried attempts, %d found already decided after a cut request)",
                moderator.approved().size(), moderator.retries(), moderator.alreadyDecided()));
    }

    void records(int accepted, int acceptedIds, Database.RocuCounts rocu, TopicAudit.Result topic) {
        lines.add("- accepted claims " + accepted + " (distinct ids " + acceptedIds + "); records in rocu's database "
                + rocu.records() + " (distinct natural keys " + rocu.distinctSourceRecords() + ")");
        lines.add("- **events lost**: " + topic.lost().size() + "; **duplicates** (a disruption claimed by two different"
                + " events): " + topic.duplicated().size() + "; records on rocu.events " + topic.records() + " " + topic.byType());
        lines.add("- redeliveries of an already published CloudEvents id (at-least-once relay, deduped by consumers): "
                + topic.redeliveries());
    }

    void governance(long figure, int approved, int readModelDisruptions, long waitedMillis) {
        lines.add("- governance view " + ForceSystems.FY + "/" + ForceSystems.QUARTER + ": approved disruptions " + figure
                + " = approved in rocu's database " + approved + " (reached " + waitedMillis + " ms after the load);"
                + " the read model holds " + readModelDisruptions + " disruptions, each once");
    }

    Path write(Path file) throws IOException {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        all.add("| phase (load running throughout) | length | accepted claims/s | longest gap between accepted claims |");
        all.add("|---|---|---|---|");
        all.addAll(phases);
        all.add("");
        return ResultsFile.publish(file, "1-distributed", all);
    }
}
