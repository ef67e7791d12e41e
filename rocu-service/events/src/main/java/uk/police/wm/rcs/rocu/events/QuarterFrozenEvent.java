package uk.police.wm.rcs.rocu.events;

import java.time.Instant;
import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.Classification;

/** Event {@value #TYPE}: a quarter's figures were frozen as reported. Key and subject: the quarter. */
@OutboxEvent.Type(value = QuarterFrozenEvent.TYPE, aggregate = QuarterFrozenEvent.AGGREGATE)
public record QuarterFrozenEvent(@OutboxEvent.Key String quarter, Instant frozenAt, long countedDisruptions,
        Classification classification, Set<String> caveats) implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.rocu.quarter.frozen.v1";
    public static final String AGGREGATE = "performance-quarter";
}
