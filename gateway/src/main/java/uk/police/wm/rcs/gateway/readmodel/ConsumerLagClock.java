package uk.police.wm.rcs.gateway.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far behind the read model consumer is in time, per section: the age of the oldest record polled but not yet
 * applied, and at least the time since the section was last seen caught up (every assigned partition at lag 0).
 * The second half keeps the figure growing when the consumer is stuck outside a batch (Kafka unreachable, no
 * partitions assigned, the thread restarting), when no record tells its age.
 */
final class ConsumerLagClock {

    private final Clock clock;
    private final Map<Section, Instant> caughtUpAt = new EnumMap<>(Section.class);
    private final Map<Section, Instant> oldestInFlight = new EnumMap<>(Section.class);

    ConsumerLagClock(Clock clock) {
        this.clock = clock;
        Instant start = clock.instant();
        for (Section section : Section.values()) {
            caughtUpAt.put(section, start);
        }
    }

    /** A batch was polled: its oldest record per section (the broker's record timestamp) waits to be applied. */
    synchronized void polled(Section section, Instant recordTime) {
        oldestInFlight.merge(section, recordTime, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** The polled batch is applied and its offsets committed. */
    synchronized void applied() {
        oldestInFlight.clear();
    }

    /** After a poll, this section had partitions assigned here and every one of them was at lag 0. */
    synchronized void caughtUp(Section section) {
        caughtUpAt.put(section, clock.instant());
    }

    /** Seconds behind, never negative. */
    synchronized double seconds(Section section) {
        Instant now = clock.instant();
        Instant since = caughtUpAt.get(section);
        Instant inFlight = oldestInFlight.get(section);
        if (inFlight != null && inFlight.isBefore(since)) {
            since = inFlight;
        }
        return Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
    }
}
