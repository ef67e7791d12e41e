package uk.police.wm.rcs.platform.paging;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * The {@code where} clause of a native list, count or summary query, built from conditions and their named
 * parameters; {@link #visibleTo(Caller)} starts one with the need-to-know condition, so a marked table is never
 * read without it.
 */
public final class SqlFilter {

    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SqlFilter() {
    }

    /** No condition yet (for tables whose rows carry no marking). */
    public static SqlFilter all() {
        return new SqlFilter();
    }

    /** Only the rows of a marked table that the caller's clearance and caveats cover. */
    public static SqlFilter visibleTo(Caller caller) {
        SqlFilter filter = new SqlFilter();
        filter.and(VisibleRows.CONDITION);
        filter.parameters.putAll(VisibleRows.parameters(caller));
        return filter;
    }

    /** Adds a condition without parameters. */
    public SqlFilter and(String condition) {
        conditions.append(conditions.length() == 0 ? " where " : " and ").append(condition);
        return this;
    }

    /** Adds a condition over one named parameter. */
    public SqlFilter and(String condition, String parameter, Object value) {
        and(condition);
        return param(parameter, value);
    }

    /** Adds a condition over one named parameter only when the value is present (an optional filter). */
    public SqlFilter andIfPresent(String condition, String parameter, Object value) {
        return value == null ? this : and(condition, parameter, value);
    }

    /** Binds one more named parameter used by a condition already added. */
    public SqlFilter param(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** The clause, starting with {@code " where "}, or empty. */
    public String sql() {
        return conditions.toString();
    }

    /** Binds every parameter on the query. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    SqlFilter copy() {
        SqlFilter copy = new SqlFilter();
        copy.conditions.append(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }
}
