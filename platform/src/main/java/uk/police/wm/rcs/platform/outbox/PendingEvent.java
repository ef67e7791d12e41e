package uk.police.wm.rcs.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * One outbox row waiting to be published.
 */
record PendingEvent(long seq, UUID id, String source, String type, String subject, String aggregateType,
        String aggregateId, Instant time, String data, String correlationId, String traceparent, SecurityMarking marking) {
}
