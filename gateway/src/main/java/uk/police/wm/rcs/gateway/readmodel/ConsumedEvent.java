package uk.police.wm.rcs.gateway.readmodel;

import java.time.OffsetDateTime;

/** The envelope of an event as the read model saw it: CloudEvents attributes and where it sat on Kafka. */
public record ConsumedEvent(String id, String type, String source, String subject, OffsetDateTime time,
        Section section, String topic, int partition, long offset) {
}
