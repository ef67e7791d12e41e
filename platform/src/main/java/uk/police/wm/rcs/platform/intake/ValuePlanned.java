package uk.police.wm.rcs.platform.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

/**
 * Statements that PostgreSQL plans with their values at every execution: the natural-key lookups. A generic plan of
 * {@code force = $1 AND source_record_id = $2}, made while a table is new and has no statistics, can take another
 * index that leads with the same column (a force's {@code (force, seq)}) and stays cached until the table is next
 * analyzed, reading every row of the force at each lookup (22 million rows read for 6,700 claims when it happened).
 * <p>
 * The driver sends such a statement unnamed each time ({@code prepareThreshold} 0), and PostgreSQL plans an unnamed
 * statement with its values (at {@code plan_cache_mode=auto}, the services' setting). The driver keeps one prepared
 * form of a SQL text per connection and would bind a text that another statement has prepared on the server to that
 * statement and its cached plan, so the text sent here is marked as this class's own by a leading comment.
 */
public final class ValuePlanned {

    /** Leads the SQL text of every statement made here, so that no statement prepared otherwise shares its text. */
    static final String MARK = "/* planned with its values */ ";

    private ValuePlanned() {
    }

    /** A statement on {@code connection} that is parsed and planned with its bound values each time it runs. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(MARK + sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }
}
