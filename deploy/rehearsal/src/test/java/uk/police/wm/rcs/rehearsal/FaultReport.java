package uk.police.wm.rcs.rehearsal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.police.wm.rcs.rehearsal.Tally.Count;

/**
 * The fault phases' figures: one row per phase, for claims and referrals together, with what the clients saw and,
 * once the run is audited, what was lost or duplicated among the writes acknowledged in that phase.
 */
final class FaultReport {

    /** A phase under way: where the clients' counts stood when it began. */
    final class Phase {
        final String name;
        final long from;
        final List<int[]> tallies = new ArrayList<>();
        final List<Long> issued = new ArrayList<>();
        long to;
        final List<int[]> talliesAtEnd = new ArrayList<>();
        final List<Long> issuedAtEnd = new ArrayList<>();

        private Phase(String name) {
            this.name = name;
            this.from = System.nanoTime();
            for (ForceSystems writers : load) {
                tallies.add(writers.tally().snapshot());
                issued.add(writers.issued());
            }
        }

        /** Closes the phase now. */
        Phase end() {
            to = System.nanoTime();
            for (ForceSystems writers : load) {
                talliesAtEnd.add(writers.tally().snapshot());
                issuedAtEnd.add(writers.issued());
            }
            phases.add(this);
            return this;
        }

        /** A count over every kind of write in this phase. */
        int count(Count count) {
            int sum = 0;
            for (int i = 0; i < load.size(); i++) {
                sum += Tally.between(tallies.get(i), talliesAtEnd.get(i), count);
            }
            return sum;
        }

        /** A count over one kind of write in this phase. */
        int count(ForceSystems writers, Count count) {
            int i = load.indexOf(writers);
            if (i < 0) {
                throw new IllegalArgumentException("Not part of this report's load: " + writers.kind().label());
            }
            return Tally.between(tallies.get(i), talliesAtEnd.get(i), count);
        }

        boolean contains(long nanos) {
            return nanos >= from && nanos < to;
        }
    }

    private final List<ForceSystems> load;
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FaultReport(List<ForceSystems> load) {
        this.load = List.copyOf(load);
    }

    Phase begin(String name) {
        return new Phase(name);
    }

    /** A line under the table (what a phase found beyond the counts). */
    void note(String line) {
        notes.add("- " + line);
    }

    /**
     * Writes the table. {@code lost} and {@code duplicated} are the natural keys (or ids) of acknowledged writes
     * found missing or twice, of every kind; each is counted in the phase that acknowledged it.
     */
    Path write(Path file, String runId, long startupMillis, Collection<String> lost, Collection<String> duplicated) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("## Faults under load: the database, the identity provider, the read model, a poisoned event, a restore");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Run `%s` at %s on %d cores: rocu-service x2, cyber-service x2, gateway x2, one Kafka"
                        + " broker, one PostgreSQL, Keycloak (stack start %.1f s). Load: %s.", runId, Instant.now(),
                Runtime.getRuntime().availableProcessors(), startupMillis / 1000.0,
                String.join(" and ", load.stream().map(w -> w.kind().label()).toList())));
        lines.add("");
        lines.add("| phase (load running throughout) | length | writes sent | HTTP requests | acknowledged | refused 503 + Retry-After"
                + " | 500 / 503 without Retry-After / timed out | retried, then acknowledged | lost | duplicated"
                + " | longest gap between acknowledgements (" + String.join(" / ", load.stream().map(w -> w.kind().label()).toList()) + ") |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Phase phase : phases.stream().sorted(java.util.Comparator.comparingLong((Phase p) -> p.from)).toList()) {
            long sent = 0;
            long acknowledged = 0;
            long retried = 0;
            long lostHere = 0;
            long duplicatedHere = 0;
            List<String> gaps = new ArrayList<>();
            Set<String> lostSet = Set.copyOf(lost);
            Set<String> duplicatedSet = Set.copyOf(duplicated);
            for (int i = 0; i < load.size(); i++) {
                ForceSystems writers = load.get(i);
                sent += phase.issuedAtEnd.get(i) - phase.issued.get(i);
                for (ForceSystems.Accepted a : writers.accepted()) {
                    if (phase.contains(a.acceptedAtNanos())) {
                        acknowledged++;
                        retried += a.attempts() > 1 ? 1 : 0;
                        lostHere += lostSet.contains(a.sourceRecordId()) || lostSet.contains(a.disruptionId()) ? 1 : 0;
                        duplicatedHere += duplicatedSet.contains(a.sourceRecordId()) || duplicatedSet.contains(a.disruptionId()) ? 1 : 0;
                    }
                }
                gaps.add(writers.longestGapMillis(phase.from, phase.to) + " ms");
            }
            lines.add(String.format(Locale.ROOT, "| %s | %.1f s | %d | %d | %d | %d | %d / %d / %d | %d | %d | %d | %s |", phase.name,
                    (phase.to - phase.from) / 1e9, sent, phase.count(Count.SENT), acknowledged, phase.count(Count.REFUSED_RETRY_AFTER),
                    phase.count(Count.SERVER_ERROR), phase.count(Count.REFUSED_WITHOUT_RETRY_AFTER), phase.count(Count.TIMED_OUT),
                    retried, lostHere, duplicatedHere, String.join(" / ", gaps)));
        }
        lines.add("");
        lines.addAll(notes);
        lines.add("");
        return ResultsFile.publish(file, "2-faults", lines);
    }
}
