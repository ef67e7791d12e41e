package uk.police.wm.rcs.ctu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/**
 * The Pursue events. Operations are mostly SECRET, so they carry counts and categories only: never the operation
 * name, the narrative or a date finer than the quarter. Reporting-restricted operations never leave as records.
 * Each is appended with the marking of what it describes, which the outbox puts into the data and the headers.
 */
public final class PursueEvents {
    private PursueEvents() {
    }

    public static final String AGGREGATE = "pursue-operation";

    /**
     * Event {@value #TYPE}: an unrestricted operation was recorded or changed. The version is boxed: events published
     * before it was sent lack it (a reader takes that as 1).
     */
    @OutboxEvent.Type(value = OperationChanged.TYPE, aggregate = PursueEvents.AGGREGATE)
    public record OperationChanged(@OutboxEvent.Key String id, String quarter, Motivation motivation,
            OperationStatus status, AttackPlanningStage stage, int subjectsOfInterest, int arrests, int charges,
            int convictions, Long version, Classification classification, Set<String> caveats)
            implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.changed.v1";
    }

    /** Event {@value #TYPE}: an operation the gateway had heard of must be dropped (it became restricted). */
    @OutboxEvent.Type(value = OperationWithdrawn.TYPE, aggregate = PursueEvents.AGGREGATE)
    public record OperationWithdrawn(@OutboxEvent.Key String id, String reason, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.withdrawn.v1";
    }

    /**
     * Event {@value #TYPE}: the number of reporting-restricted operations opened in a quarter, published only when
     * it reaches the small-count threshold ({@code operations} is null below it).
     */
    @OutboxEvent.Type(value = RestrictedCounted.TYPE, aggregate = RestrictedCounted.AGGREGATE)
    public record RestrictedCounted(@OutboxEvent.Key String quarter, Long operations, int threshold,
            Classification classification, Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-restricted.counted.v1";
        public static final String AGGREGATE = "pursue-restricted";
    }
}
