package uk.police.wm.rcs.platform.intake;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.police.wm.rcs.platform.batch.BatchRecordType.Written;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * The one intake flow for "a new record from a force system, by natural key": insert it with its event and audit
 * entry in one statement ({@link NewRecordWriter}), or, when its natural key is taken, read the original and answer
 * it when it says the same ({@link Fingerprint}), else the record type's 409. A single post runs it outside any
 * transaction (one statement, one commit); a batch chunk runs it inside the chunk's, where it commits with it.
 */
@ApplicationScoped
public class NewRecordIntake {

    /** The record and whether this call created it (false: the same record had been taken in before). */
    public record Taken<E>(E record, boolean created) {
    }

    @Inject
    NewRecordWriter writer;

    @Inject
    EntityRows rows;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    /** Takes a checked record in: the new record, or the original of the same content, or the type's 409. */
    public <C extends Record, E> Taken<E> take(NewRecordType<C, E> type, C checked, Caller caller) {
        String fingerprint = Fingerprint.of(checked);
        E candidate = type.newRecord(checked, fingerprint, caller);
        EntityRow<E> row = row(type);
        if (writer.insert(row, candidate, type.createdEvent(candidate), type.collected(candidate), caller,
                type.alsoWithNew(candidate))) {
            return new Taken<>(candidate, true);
        }
        // the insert met the original, committed before it (the database made this one wait): read it, in the
        // chunk's transaction or in one of its own
        E original = transactions.getTransactionStatus() == Status.STATUS_ACTIVE ? original(row, candidate)
                : QuarkusTransaction.requiringNew().call(() -> original(row, candidate));
        return new Taken<>(sameOrConflict(type, original, checked, fingerprint, caller), false);
    }

    /**
     * A batch's record, in the chunk's transaction: created, a DUPLICATE of the original, or the 409 naming the
     * batch's reference {@code field}.
     */
    public <C extends Record, E> Written write(NewRecordType<C, E> type, C checked, Caller caller, String field) {
        Taken<E> taken;
        try {
            // the checked record breaks no rule, so the only problem left is its 409
            taken = take(type, checked, caller);
        } catch (ProblemException conflict) {
            return Written.refused(conflict.with("field", field));
        }
        String id = row(type).id(taken.record());
        return taken.created() ? Written.created(id) : Written.duplicate(id);
    }

    /**
     * A batch's record whose original a chunk read already (a chunk that writes its new records in bulk): a
     * DUPLICATE of it when it says the same, else the 409 naming the batch's reference {@code field}.
     */
    public <C extends Record, E> Written existing(NewRecordType<C, E> type, E original, C checked, Caller caller,
            String field) {
        try {
            return Written.duplicate(row(type).id(sameOrConflict(type, original, checked, Fingerprint.of(checked),
                    caller)));
        } catch (ProblemException conflict) {
            return Written.refused(conflict.with("field", field));
        }
    }

    /** The row of a record type's entity, from its mapping, made once. */
    public <C extends Record, E> EntityRow<E> row(NewRecordType<C, E> type) {
        return rows.of(type.naturalKey());
    }

    /** The record stored under the candidate's natural key, found by its unique index and read by its id. */
    private <E> E original(EntityRow<E> row, E candidate) {
        // names the type only: the request may hold what a log must not (a person's reference)
        String what = "a new " + row.type().getSimpleName();
        Object id;
        try (Connection connection = dataSource.getConnection()) {
            id = row.idUnderKey(connection, candidate).orElseThrow(() -> new IllegalStateException(what
                    + " was neither inserted nor found under its natural key"));
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up the original of " + what + " under its natural key", e);
        }
        return entityManager.find(row.type(), id);
    }

    private static <C extends Record, E> E sameOrConflict(NewRecordType<C, E> type, E original, C checked,
            String fingerprint, Caller caller) {
        if (fingerprint.equals(type.fingerprint(original))) {
            return original;
        }
        throw type.conflict(original, checked, caller);
    }
}
