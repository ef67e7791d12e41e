package uk.police.wm.rcs.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * Writes the DPA 2018 s.62 audit log (append-only in the database) in the caller's transaction.
 */
@ApplicationScoped
public class AuditLog {

    /** Subject recorded for work done outside any request (scheduled jobs). */
    public static final String SYSTEM_SUBJECT = "system";

    /** The audit row's columns, and the placeholders {@link #bind} fills (for statements that write one). */
    public static final String COLUMNS = "operation, subject, client_id, record_type, record_ids, justification,"
            + " recipients, outcome, correlation_id";
    public static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?";
    private static final String INSERT = "INSERT INTO audit_log (" + COLUMNS + ") VALUES (" + VALUES + ") RETURNING id";

    @Inject
    DataSource dataSource;

    @Inject
    CurrentCaller currentCaller;

    /** Records a successful operation; commits or rolls back with the caller's change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditOperation operation, String recordType, Collection<String> recordIds) {
        return write(AuditEntry.of(operation, recordType, recordIds), actor());
    }

    /** Records a successful consultation or disclosure with its justification and recipients. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditOperation operation, String recordType, Collection<String> recordIds, String justification,
            Collection<String> recipients) {
        return write(AuditEntry.of(operation, recordType, recordIds).withJustification(justification)
                .withRecipients(recipients == null ? List.of() : recipients), actor());
    }

    /** Records an entry on behalf of the current caller (or {@value #SYSTEM_SUBJECT} outside a request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditEntry entry) {
        return write(entry, actor());
    }

    /** Records an entry for an explicit actor (e.g. a consumer acting for the event's originator). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditEntry entry, Caller actor) {
        return write(entry, actor);
    }

    /**
     * Records a refused operation in its own transaction, so it survives the rollback of the refused request.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recordRefusal(AuditEntry entry) {
        return write(entry.refused(), actor());
    }

    private long write(AuditEntry entry, Caller actor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, 1, entry, actor);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditException("could not write the audit log", e);
        }
    }

    /**
     * Sets the {@link #VALUES} placeholders of one entry, from parameter {@code first} on; {@code actor} null is the
     * system.
     *
     * @return the index of the next parameter
     */
    public static int bind(PreparedStatement statement, int first, AuditEntry entry, Caller actor) throws SQLException {
        Connection connection = statement.getConnection();
        statement.setString(first, entry.operation().name());
        statement.setString(first + 1, actor == null ? SYSTEM_SUBJECT : actor.subject());
        statement.setString(first + 2, actor == null ? null : actor.clientId());
        statement.setString(first + 3, entry.recordType());
        statement.setArray(first + 4, connection.createArrayOf("text", entry.recordIds().toArray()));
        statement.setString(first + 5, entry.justification());
        statement.setArray(first + 6, connection.createArrayOf("text", entry.recipients().toArray()));
        statement.setString(first + 7, entry.outcome().name());
        statement.setString(first + 8, CorrelationId.current().orElse(null));
        return first + 9;
    }

    private Caller actor() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return currentCaller.get();
    }
}
