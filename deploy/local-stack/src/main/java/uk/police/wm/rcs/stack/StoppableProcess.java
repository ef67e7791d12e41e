package uk.police.wm.rcs.stack;

import java.io.IOException;

/**
 * The process of a server the stack runs (Keycloak, Zipkin), which may be stopped at any moment, also while it is
 * starting: a stop marks it stopped, so a start still in progress launches nothing and a readiness wait ends.
 */
final class StoppableProcess {

    private final String name;
    private volatile Process process;
    private volatile boolean stopped;

    StoppableProcess(String name) {
        this.name = name;
    }

    /** Launches {@code builder} and registers it with the orphan reaper, unless a stop came first. */
    Process launch(ProcessBuilder builder) throws IOException {
        Process launched;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException(name + " was stopped while starting");
            }
            launched = builder.start();
            process = launched;
        }
        OrphanReaper.register(launched.toHandle());
        return launched;
    }

    /** Lets a server that was stopped be launched again. */
    synchronized void allowStartAgain() {
        stopped = false;
    }

    /** The running process, or null once stopped (what a readiness wait looks at). */
    Process current() {
        return stopped ? null : process;
    }

    long pid() {
        Process running = process;
        if (running == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return running.pid();
    }

    boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Marks the server stopped and hands over its process to end, or null when none was launched. */
    synchronized Process stop() {
        stopped = true;
        Process running = process;
        process = null;
        return running;
    }
}
