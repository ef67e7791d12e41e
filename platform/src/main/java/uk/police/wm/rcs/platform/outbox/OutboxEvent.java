package uk.police.wm.rcs.platform.outbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * A domain event as the outbox takes it ({@link Outbox#append}): each published event type is a record implementing
 * this, declaring its type and aggregate once ({@link Type}) and marking the component that is its key ({@link Key}),
 * so the producer, the committed JSON Schema and the consumers that read the same record cannot drift apart. The
 * record is the event's data unless {@link #data()} says otherwise; the methods here are not JSON properties (none is
 * a bean getter), so only the record's components go on the wire.
 */
public interface OutboxEvent {

    /** The versioned CloudEvents type of an event record and the aggregate it belongs to. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Type {

        /** e.g. {@code uk.police.wm.rocu.disruption.claimed.v1} */
        String value();

        /** e.g. {@code disruption} */
        String aggregate();
    }

    /** The component of an event record that is its aggregate's id (its text is the Kafka key). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Key {
    }

    /** The aggregate the event belongs to, e.g. {@code disruption}. */
    default String aggregateType() {
        return EventDescriptor.of(getClass()).aggregate();
    }

    /** The Kafka key and CloudEvents {@code subject}: per-key order is kept. */
    default String aggregateId() {
        return EventDescriptor.of(getClass()).key(this);
    }

    /** The versioned CloudEvents type, e.g. {@code uk.police.wm.rocu.disruption.claimed.v1}. */
    default String eventType() {
        return EventDescriptor.of(getClass()).type();
    }

    /**
     * The marking of the record the event describes: sent as the CloudEvents extension attributes and put into the
     * data ({@link EventMarkings}), so no consumer can count it for a reader it is not cleared for.
     */
    SecurityMarking marking();

    /** What is serialised as the event's data: the record itself. */
    default Object data() {
        return this;
    }

    /**
     * An event whose data states the marking of what it describes as its {@code classification} and {@code caveats}
     * components (the members {@link EventMarkings} puts into every event's data): the marking is read from them.
     */
    interface Marked extends OutboxEvent {

        Classification classification();

        Set<String> caveats();

        @Override
        default SecurityMarking marking() {
            return new SecurityMarking(classification(), caveats());
        }
    }

    /** An event about something organisational, not about any record or person: always OFFICIAL, no caveats. */
    interface Official extends OutboxEvent {

        @Override
        default SecurityMarking marking() {
            return SecurityMarking.OFFICIAL;
        }
    }
}
