package uk.police.wm.rcs.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.intake.EntityRow;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * Writes a new record, its event and its audit entry in one SQL statement: one round trip and, outside a
 * transaction, one commit. The event and the entry are written only when the record's insert wrote a row, so an
 * insert that meets the record already there ({@code ON CONFLICT ... DO NOTHING}) leaves nothing behind, and two
 * racing posts of one record cannot both write (the database makes the later insert wait for the earlier).
 * <p>
 * For the hot path of a service that takes records from machines (a force system's claims), through the platform's
 * intake flow ({@code intake.NewRecordIntake}); everything else uses {@link Outbox#append(OutboxEvent)} and
 * {@link AuditLog} inside its transaction.
 */
@ApplicationScoped
public class NewRecordWriter {

    private static final Logger LOG = Logger.getLogger(NewRecordWriter.class);

    /** Sets a statement's parameters from index {@code first} on. */
    @FunctionalInterface
    public interface Parameters {
        /** @return the index of the next parameter */
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    /**
     * A further write that goes with a new record only, in the same statement: its SQL reads its values as
     * {@code SELECT ... FROM new_record} (e.g. a count upsert), so it writes nothing when the record was there.
     */
    public record Also(String sql, Parameters parameters) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSignal signal;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /**
     * Inserts the entity's row ({@link EntityRow#insertIfNew}) and, if it was new, its event and its audit entry.
     * Inside an active transaction the three commit with it; outside one they commit on their own before this returns.
     *
     * @param entry the s.62 entry, or null for a record that is not about people (then none is written)
     * @return whether the record was new; false means the insert met an existing record and nothing was written
     */
    public <T> boolean insert(EntityRow<T> row, T record, OutboxEvent event, AuditEntry entry, Caller actor,
            Also... also) {
        return insert(row.insertIfNew(), (statement, first) -> row.bind(statement, first, record), event, entry,
                actor, also);
    }

    /**
     * {@link #insert(EntityRow, Object, OutboxEvent, AuditEntry, Caller, Also...)} with the record's own
     * {@code INSERT ... ON CONFLICT ... DO NOTHING RETURNING ...}, its parameters first.
     */
    boolean insert(String insert, Parameters record, OutboxEvent event, AuditEntry entry, Caller actor,
            Also... also) {
        boolean audited = entry != null;
        String sql = statements.computeIfAbsent(key(insert, audited, also), k -> withEventAndEntry(insert, audited,
                also));
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        Timestamp time = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        boolean created;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = record.bind(statement, 1);
            next = outbox.bind(statement, next, UUID.randomUUID(), event, time, CorrelationId.current().orElse(null),
                    Traces.currentTraceparent());
            if (audited) {
                next = AuditLog.bind(statement, next, entry, actor);
            }
            for (Also write : also) {
                next = write.parameters().bind(statement, next);
            }
            try (ResultSet rows = statement.executeQuery()) {
                created = rows.next();
            }
        } catch (SQLException e) {
            throw new OutboxException("could not write " + event.aggregateType() + " " + event.aggregateId()
                    + " with its " + event.eventType() + " event", e);
        }
        if (created) {
            LOG.debugf("Wrote %s %s with its %s event", event.aggregateType(), event.aggregateId(), event.eventType());
        }
        if (created && inTransaction) {
            outbox.wakeRelayAfterCommit();
        } else if (created) {
            signal.wake();
        }
        return created;
    }

    /**
     * The cache key of a statement: the insert itself when there is nothing further (a constant whose hash the JVM
     * keeps, so the hot path builds no string), else the insert, whether it is audited and the further writes' SQL.
     */
    private static String key(String insert, boolean audited, Also... also) {
        if (also.length == 0 && audited) {
            return insert;
        }
        StringBuilder key = new StringBuilder(insert).append(audited ? "\u0000audited" : "\u0000unaudited");
        for (Also write : also) {
            key.append('\u0000').append(write.sql());
        }
        return key.toString();
    }

    /** The record's insert, with the outbox row, the audit row if any and further writes made from its result. */
    static String withEventAndEntry(String insert, boolean audited, Also... also) {
        StringBuilder sql = new StringBuilder("WITH new_record AS (").append(insert).append("),")
                .append(" new_event AS (INSERT INTO outbox_event (").append(Outbox.COLUMNS).append(") SELECT ")
                .append(Outbox.VALUES).append(" FROM new_record)");
        if (audited) {
            sql.append(", new_entry AS (INSERT INTO audit_log (").append(AuditLog.COLUMNS).append(") SELECT ")
                    .append(AuditLog.VALUES).append(" FROM new_record)");
        }
        for (int i = 0; i < also.length; i++) {
            sql.append(", also_").append(i + 1).append(" AS (").append(also[i].sql()).append(')');
        }
        return sql.append(" SELECT 1 FROM new_record").toString();
    }
}
