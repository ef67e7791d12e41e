package uk.police.wm.rcs.platform.support;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import uk.police.wm.rcs.stack.testing.TestSql;

/**
 * Plain SQL against the test database, for asserting what was (not) written. A bean, so a test injects it instead of
 * building one from the data source in its own set-up; the SQL itself is {@link TestSql}'s.
 */
@Singleton
public final class Db {

    private final DataSource dataSource;

    @Inject
    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... args) {
        return TestSql.count(dataSource, sql, args);
    }

    public List<Map<String, Object>> rows(String sql, Object... args) {
        return TestSql.rows(dataSource, sql, args);
    }

    public int update(String sql, Object... args) throws SQLException {
        return TestSql.update(dataSource, sql, args);
    }
}
