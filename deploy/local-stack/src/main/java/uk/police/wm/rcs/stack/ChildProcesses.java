package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for the child processes of the local stack: graceful stop, java executable, log tails. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** The java executable of the running JVM, so children run on the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Stops a process and every descendant: SIGTERM to the process, wait, then SIGKILL to whatever is left.
     *
     * @param process the process, may be null or already dead
     * @param graceSeconds how long SIGTERM is given before the kill
     */
    public static void stopTree(ProcessHandle process, long graceSeconds) {
        if (process == null) {
            return;
        }
        OrphanReaper.unregister(process.pid());
        // collect the descendants first: once the parent dies they are reparented and no longer found through it
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(d -> OrphanReaper.unregister(d.pid()));
        process.destroy();
        try {
            process.onExit().get(graceSeconds, TimeUnit.SECONDS);
        } catch (Exception timeoutOrInterrupted) {
            process.destroyForcibly();
            waitQuietly(process, 10);
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroy();
                waitQuietly(child, 5);
                child.destroyForcibly();
                waitQuietly(child, 5);
            }
        }
    }

    private static void waitQuietly(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the caller escalates or gives up; nothing more to do here
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last lines of a log file, for error messages; empty when unreadable. */
    public static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
