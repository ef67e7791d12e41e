package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Lets a fault or a load run until a moment on {@link System#nanoTime()}'s clock (the test thread has nothing to do
 * meanwhile: the load runs on its own threads). Polled with Awaitility, as every wait in these tests.
 */
final class Deadline {

    private static final Duration POLL = Duration.ofMillis(200);

    private Deadline() {
    }

    /** Returns once {@code nanos} (a {@link System#nanoTime()} value) has passed. */
    static void passes(String what, long nanos) {
        Duration left = Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
        Awaitility.await(what).atMost(left.plusSeconds(30)).pollDelay(Duration.ZERO).pollInterval(POLL)
                .until(() -> System.nanoTime() - nanos >= 0);
    }

    /** Returns once {@code duration} has passed from now. */
    static void passes(String what, Duration duration) {
        passes(what, System.nanoTime() + duration.toNanos());
    }
}
