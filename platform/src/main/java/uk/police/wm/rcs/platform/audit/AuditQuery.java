package uk.police.wm.rcs.platform.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * Reads the audit log for auditors, newest first, with keyset pagination over {@code (at, id)}.
 */
@ApplicationScoped
public class AuditQuery {

    @Inject
    DataSource dataSource;

    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, operation, subject, client_id, record_type, record_ids, justification, recipients,
                       outcome, correlation_id
                FROM audit_log WHERE true""");
        List<Object> args = new ArrayList<>();
        filter.subject().ifPresent(v -> add(sql, args, " AND subject = ?", v));
        filter.recordType().ifPresent(v -> add(sql, args, " AND record_type = ?", v));
        filter.recordId().ifPresent(v -> add(sql, args, " AND record_ids @> ARRAY[?]::text[]", v));
        filter.operation().ifPresent(v -> add(sql, args, " AND operation = ?", v.name()));
        filter.from().ifPresent(v -> add(sql, args, " AND at >= ?", Timestamp.from(v)));
        filter.to().ifPresent(v -> add(sql, args, " AND at < ?", Timestamp.from(v)));
        if (page.after().isPresent()) {
            Cursor cursor = page.after().get();
            sql.append(" AND (at, id) < (?, ?)");
            args.add(Timestamp.from(cursorInstant(cursor)));
            args.add(cursorId(cursor));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        args.add(page.fetchSize());
        List<AuditRecord> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            AuditOperation.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            strings(rs.getArray(7)), rs.getString(8), strings(rs.getArray(9)),
                            AuditOutcome.valueOf(rs.getString(10)), rs.getString(11)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
        return Page.of(rows, page, r -> new Cursor(r.at().toString(), Long.toString(r.id())));
    }

    private static void add(StringBuilder sql, List<Object> args, String clause, Object value) {
        sql.append(clause);
        args.add(value);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant cursorInstant(Cursor cursor) {
        try {
            return Instant.parse(cursor.sortKey());
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    private static long cursorId(Cursor cursor) {
        try {
            return Long.parseLong(cursor.id());
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    private static ProblemException invalidCursor() {
        return Cursor.invalid();
    }
}
