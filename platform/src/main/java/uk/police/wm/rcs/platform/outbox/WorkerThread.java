package uk.police.wm.rcs.platform.outbox;

import java.util.concurrent.TimeUnit;

/**
 * A daemon thread that runs one loop while asked to: how the event outbox's relay and the webhook outbox's worker
 * work beside the requests. Stopping interrupts the loop's waits and waits a bounded time for it to end, so a
 * shutdown neither hangs on a stuck broker or callback nor leaves the loop running.
 */
public final class WorkerThread {

    /** How long a stop waits for the loop to finish its round and release what it holds. */
    private static final long STOP_WAIT_SECONDS = 10;

    private final String name;
    private volatile boolean running;
    private Thread thread;

    public WorkerThread(String name) {
        this.name = name;
    }

    /** Runs {@code loop} on a new daemon thread; the loop keeps going while {@link #running()}. */
    public void start(Runnable loop) {
        running = true;
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** False once {@link #stop()} was called: the loop ends its round and returns. */
    public boolean running() {
        return running;
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
