package uk.police.wm.rcs.ctu.pursue;

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
            long version) {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.changed.v1";
    }

    /** Event {@value #TYPE}: an operation the gateway had heard of must be dropped (it became restricted). */
    public record OperationWithdrawn(String id, String reason) {
        public static final String TYPE = "uk.police.wm.ctu.pursue-operation.withdrawn.v1";
    }

    /**
     * Event {@value #TYPE}: the number of reporting-restricted operations opened in a quarter, published only when
     * it reaches the small-count threshold ({@code operations} is null below it).
     */
    public record RestrictedCounted(String quarter, Long operations, int threshold) {
        public static final String TYPE = "uk.police.wm.ctu.pursue-restricted.counted.v1";
        public static final String AGGREGATE = "pursue-restricted";
    }
}
