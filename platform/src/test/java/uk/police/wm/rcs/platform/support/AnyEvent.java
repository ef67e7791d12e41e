package uk.police.wm.rcs.platform.support;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** An event of any type and data, for the platform's own tests of the outbox (services declare a record per type). */
public record AnyEvent(String aggregateType, String aggregateId, String eventType, SecurityMarking marking,
        Object data) implements OutboxEvent {
}
