package uk.police.wm.rcs.rehearsal;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What the clients saw, attempt by attempt, counted as it happens; a phase's counts are the difference of two
 * {@link #snapshot()}s.
 */
final class Tally {

    /** What one snapshot holds. */
    enum Count {
        /** HTTP requests sent (every attempt, first or retried). */
        SENT,
        /** 503 problems with a Retry-After header: the service said plainly it could not take the request now. */
        REFUSED_RETRY_AFTER,
        /** 503 without Retry-After: a refusal that does not say when to come back. */
        REFUSED_WITHOUT_RETRY_AFTER,
        /** Any other 5xx (500 above all): never acceptable for a dependency that is away. */
        SERVER_ERROR,
        /** No answer within the client's timeout: a hang. */
        TIMED_OUT,
        /** Connection refused or cut: an instance gone or going. */
        CUT,
        /** 409 idempotency-key-in-progress: a request cut by a crash still holds its key. */
        IN_PROGRESS,
        /** 401: a token the service did not accept. */
        UNAUTHORIZED
    }

    private final AtomicIntegerArray counts = new AtomicIntegerArray(Count.values().length);

    void add(Count count) {
        counts.incrementAndGet(count.ordinal());
    }

    int[] snapshot() {
        int[] copy = new int[counts.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    static int between(int[] from, int[] to, Count count) {
        return to[count.ordinal()] - from[count.ordinal()];
    }
}
