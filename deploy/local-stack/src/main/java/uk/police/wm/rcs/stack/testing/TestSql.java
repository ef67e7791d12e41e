package uk.police.wm.rcs.stack.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Plain SQL against a test's database, to prove what a test wrote (or did not): one copy for every module's tests.
 * Parameters are bound in order; a failure is an {@link IllegalStateException}, so a test need not declare it.
 */
public final class TestSql {

    private TestSql() {
    }

    /** The one number the query answers, e.g. a {@code count(*)}. */
    public static long count(DataSource dataSource, String sql, Object... args) {
        return ((Number) rows(dataSource, sql, args).get(0).values().iterator().next()).longValue();
    }

    /** The first column of every row, as numbers. */
    public static List<Long> longs(DataSource dataSource, String sql, Object... args) {
        return firstColumn(dataSource, sql, args).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource dataSource, String sql, Object... args) {
        return firstColumn(dataSource, sql, args).stream().map(v -> v == null ? null : v.toString()).toList();
    }

    /** Every row as column label to value, in order; an SQL array becomes a list. */
    public static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rs = statement.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    if (value instanceof Array array) {
                        value = List.of((Object[]) array.getArray());
                    }
                    row.put(rs.getMetaData().getColumnLabel(c), value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one insert, update or delete; the rows it changed. The database's refusal comes out as it is, for the
     * tests that prove a change is refused.
     */
    public static int update(DataSource dataSource, String sql, Object... args) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, args)) {
            return statement.executeUpdate();
        }
    }

    /** Runs the statements (no parameters) one after another on one connection. */
    public static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> firstColumn(DataSource dataSource, String sql, Object... args) {
        return rows(dataSource, sql, args).stream().map(row -> row.values().iterator().next()).toList();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
