package uk.police.wm.rcs.ctu.pursue;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.ctu.common.Motivation;

/**
 * The Pursue events. Operations are mostly SECRET, so they carry counts and categories only: never the operation
 * name, the narrative or a date finer than the quarter. Reporting-restricted operations never leave as records.
 * Each is appended with the marking of what it describes, which the outbox puts into the data and the headers.
 */
public final class PursueEvents {
    private PursueEvents() {
    }

    public static final String AGGREGATE = "pursue-operation";

    /** Event {@value #TYPE}: an unrestricted operation was recorded or changed. */
    public record OperationChanged(String id, String quarter, Motivation motivation, OperationStatus status,
            AttackPlanningStage stage, int subjectsOfInterest, int arrests, int charges, int convictions,
            long version, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.changed.v1";

        @Override
        public String aggregateType() {
            return PursueEvents.AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    /** Event {@value #TYPE}: an operation the gateway had heard of must be dropped (it became restricted). */
    public record OperationWithdrawn(String id, String reason, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.withdrawn.v1";

        @Override
        public String aggregateType() {
            return PursueEvents.AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    /**
     * Event {@value #TYPE}: the number of reporting-restricted operations opened in a quarter, published only when
     * it reaches the small-count threshold ({@code operations} is null below it).
     */
    public record RestrictedCounted(String quarter, Long operations, int threshold, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.pursue-restricted.counted.v1";
        public static final String AGGREGATE = "pursue-restricted";

        @Override
        public String aggregateType() {
            return AGGREGATE;
        }

        @Override
        public String aggregateId() {
            return quarter;
        }

        @Override
        public String eventType() {
            return TYPE;
        }
    }
}
