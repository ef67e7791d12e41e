package uk.police.wm.rcs.platform.intake;


import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * What a service tells the platform's intake flow ({@link NewRecordIntake}) about a record type that force systems
 * post by natural key; the flow does the rest the same way for every type, single post or batch.
 *
 * @param <C> the checked request (normalised, its force and marking set): its fields are the record's content
 * @param <E> the entity it is stored as
 */
public interface NewRecordType<C extends Record, E> {

    /** The entity a record is stored as (its row comes from Hibernate's mapping of it) and its natural key. */
    NaturalKey<E> naturalKey();

    /** A new entity of a checked request, not yet written; {@code fingerprint} is its content's, to keep if it keeps one. */
    E newRecord(C checked, String fingerprint, Caller caller);

    /** The event a new record is announced by. */
    OutboxEvent createdEvent(E record);

    /** The s.62 entry for collecting a new record; null for a record type that is not about people. */
    AuditEntry collected(E record);

    /** Further writes that go with a new record only, in its statement (e.g. a count). */
    default NewRecordWriter.Also[] alsoWithNew(E record) {
        return new NewRecordWriter.Also[0];
    }

    /** The original's fingerprint: the one it keeps, or {@link Fingerprint#of} its content as a checked request. */
    String fingerprint(E original);

    /**
     * The 409 for a post that says something else under the original's natural key: {@link NaturalKeyConflict#of}
     * (logged and audited here).
     */
    ProblemException conflict(E original, C checked, Caller caller);
}
