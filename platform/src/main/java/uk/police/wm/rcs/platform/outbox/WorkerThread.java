package uk.police.wm.rcs.platform.outbox;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A daemon thread that runs rounds of work until stopped: how the event outbox's relay and the webhook outbox's
 * worker work beside the requests. A failed round (a database or broker error) is handed to the owner, who logs it
 * and backs off, and the next round follows; an interrupt ends the loop. Stopping interrupts the loop's waits and
 * waits a bounded time for it to end, so a shutdown neither hangs on a stuck broker or callback nor leaves the loop
 * running.
 */
public final class WorkerThread {

    /** How long a stop waits for the loop to finish its round and release what it holds. */
    private static final long STOP_WAIT_SECONDS = 10;

    /** One round of work; it waits by itself when there is nothing to do. */
    @FunctionalInterface
    public interface Round {
        void run() throws InterruptedException, SQLException;
    }

    /** What follows a failed round before the next one (log it, back off). */
    @FunctionalInterface
    public interface AfterFailure {
        void accept(Exception failure) throws InterruptedException;
    }

    private final String name;
    private volatile boolean running;
    private Thread thread;

    public WorkerThread(String name) {
        this.name = name;
    }

    /**
     * Runs {@code round} again and again on a new daemon thread until {@link #stop()}, then {@code atEnd} on the same
     * thread (release what the rounds held).
     */
    public void start(Round round, AfterFailure afterFailure, Runnable atEnd) {
        running = true;
        thread = new Thread(() -> {
            loop(round, afterFailure);
            atEnd.run();
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Round round, AfterFailure afterFailure) {
        while (running) {
            try {
                round.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                try {
                    afterFailure.accept(e);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Asks the loop to end, interrupts its waits and waits for it to finish (at most ten seconds). */
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }
}
