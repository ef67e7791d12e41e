package uk.police.wm.rcs.rocu.performance;

import java.time.Instant;

/** Event {@value #TYPE}: a quarter's figures were frozen as reported. Key and subject: the quarter. */
public record QuarterFrozenEvent(String quarter, Instant frozenAt, long countedDisruptions) {

    public static final String TYPE = "uk.police.wm.rocu.quarter.frozen.v1";
    public static final String AGGREGATE = "performance-quarter";
}
