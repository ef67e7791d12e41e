package uk.police.wm.rcs.gateway.readmodel;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Set-based SQL for a whole batch of events in the current transaction: each column goes in as one array and the
 * statement {@code unnest}s them, so a batch of any size is one round trip.
 */
public final class BatchSql {

    /**
     * One column of a batch statement: its SQL array type and its values, one per row, as the typed Java array JDBC's
     * {@code createArrayOf} takes (a {@code String[]} for varchar, a {@code Long[]} for int8, ...).
     */
    public record Column(String sqlType, Object[] values) {

        public static Column texts(List<String> values) {
            return new Column("varchar", values.toArray(new String[0]));
        }

        public static Column uuids(List<UUID> values) {
            return new Column("uuid", values.toArray(new UUID[0]));
        }

        public static Column ints(List<Integer> values) {
            return new Column("int4", values.toArray(new Integer[0]));
        }

        public static Column longs(List<Long> values) {
            return new Column("int8", values.toArray(new Long[0]));
        }

        public static Column booleans(List<Boolean> values) {
            return new Column("bool", values.toArray(new Boolean[0]));
        }
    }

    /** Reads the current row of a result into a record, by column name. */
    @FunctionalInterface
    public interface RowReader<R> {

        R read(ResultSet row) throws SQLException;
    }

    private BatchSql() {
    }

    /** Runs a statement whose {@code ?} are the columns' arrays, in order; returns the rows changed. */
    public static int update(EntityManager em, String sql, Column... columns) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, columns)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs a query whose {@code ?} are the columns' arrays, in order; returns each row as {@code reader} reads it. */
    public static <R> List<R> query(EntityManager em, RowReader<R> reader, String sql, Column... columns) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, columns);
                 ResultSet rs = statement.executeQuery()) {
                List<R> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Column... columns)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < columns.length; i++) {
            Array array = connection.createArrayOf(columns[i].sqlType(), columns[i].values());
            statement.setArray(i + 1, array);
        }
        return statement;
    }
}
