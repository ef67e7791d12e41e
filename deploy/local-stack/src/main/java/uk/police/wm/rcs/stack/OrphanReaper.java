package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stops processes that a killed JVM left behind. Every child we start is registered as a file named
 * {@code <owner pid>-<child pid>} (holding the child's start time, so a recycled pid is never mistaken for it); a
 * graceful stop removes the file. Before starting anything we stop the registered children whose owner is gone:
 * e.g. PostgreSQL (which pg_ctl detaches from us) or Keycloak after a test JVM was killed at a timeout.
 */
public final class OrphanReaper {

    private OrphanReaper() {
    }

    private static Path registry() {
        return Path.of(System.getProperty("java.io.tmpdir"), "rcs-children");
    }

    /** Records a child of this JVM. */
    public static void register(ProcessHandle child) {
        try {
            Files.createDirectories(registry());
            Files.writeString(entry(ProcessHandle.current().pid(), child.pid()),
                    child.info().startInstant().map(Instant::toString).orElse(""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // best effort: without the entry, only an orphan would be missed
        }
    }

    /** Forgets a child that was stopped properly. */
    public static void unregister(long childPid) {
        try {
            Files.deleteIfExists(entry(ProcessHandle.current().pid(), childPid));
        } catch (IOException e) {
            // best effort
        }
    }

    /** Stops every registered child whose owning JVM no longer runs. */
    public static synchronized void reap() {
        if (!Files.isDirectory(registry())) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> files = Files.list(registry())) {
            entries = files.toList();
        } catch (IOException e) {
            return;
        }
        for (Path entry : entries) {
            String[] pids = entry.getFileName().toString().split("-");
            if (pids.length != 2 || !pids[0].matches("\\d+") || !pids[1].matches("\\d+")) {
                continue;
            }
            if (ProcessHandle.of(Long.parseLong(pids[0])).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            recordedChild(entry, Long.parseLong(pids[1])).ifPresent(orphan -> {
                System.err.println("Stopping pid " + orphan.pid() + " (" + orphan.info().command().orElse("?")
                        + ") left behind by a JVM that no longer runs");
                ChildProcesses.stopTree(orphan, 20);
            });
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                // another JVM reaped it meanwhile
            }
        }
    }

    private static Optional<ProcessHandle> recordedChild(Path entry, long pid) {
        String started;
        try {
            started = Files.readString(entry, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> !started.isEmpty() && p.info().startInstant().map(Instant::toString).orElse("").equals(started));
    }

    private static Path entry(long owner, long child) {
        return registry().resolve(owner + "-" + child);
    }
}
