package uk.police.wm.rcs.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Query;

/**
 * The need-to-know rule of {@link Visibility#canSee} as one SQL condition, for every native list, count, summary
 * and export over a table of {@link MarkedEntity} rows (a {@code classification} column and a {@code caveats text[]}
 * column): the caller's clearance covers the level and the caller holds every caveat. Applied in the database, so a
 * page, a count or a total never includes what the caller may not see.
 */
public final class VisibleRows {

    /** The parameter names the condition uses; do not use them for anything else in the same query. */
    public static final String LEVELS = "nkLevels";
    public static final String HELD = "nkHeld";

    /** The condition over the unqualified columns; bind {@link #parameters(Caller)}. */
    public static final String CONDITION = condition(null);

    private VisibleRows() {
    }

    /**
     * The condition over the columns of table alias {@code alias} ({@code null} for unqualified columns).
     * <p>
     * {@code caveats = '{}'} says nothing {@code <@} does not (an empty set is held by everyone) but lets PostgreSQL
     * estimate the condition: with few records carrying caveats the column's statistics have no common elements, so
     * {@code <@} alone is estimated at 0.5 % of the rows, and a filtered page ({@code crime_type = ... order by seq
     * limit 51}) was planned as a scan and sort of the whole table instead of a walk of the keyset's index
     * (measured: 21 ms against 0.07 ms for 100,000 rows, {@code VisibleRowsPlanTest}).
     */
    public static String condition(String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return "(" + prefix + "classification in (:" + LEVELS + ") and (" + prefix + "caveats = '{}' or " + prefix
                + "caveats <@ cast(:" + HELD + " as text[])))";
    }

    /** The values of the condition's parameters for this caller. */
    public static Map<String, Object> parameters(Caller caller) {
        return Map.of(LEVELS, levelsCoveredBy(caller.clearance()), HELD, arrayLiteral(caller.caveats()));
    }

    /** Binds the condition's parameters on a native query. */
    public static <Q extends Query> Q bind(Q query, Caller caller) {
        parameters(caller).forEach(query::setParameter);
        return query;
    }

    /** The classification names a clearance covers. */
    public static List<String> levelsCoveredBy(Classification clearance) {
        return Arrays.stream(Classification.values()).filter(clearance::covers).map(Enum::name).toList();
    }

    /**
     * A PostgreSQL array literal of the given strings, quoted and escaped (bound as text, cast to text[]): also how
     * set-based writes pass a {@code caveats text[]} value per row through {@code unnest} (an array of arrays
     * cannot be unnested row by row).
     */
    public static String arrayLiteral(Set<String> values) {
        return values.stream().sorted()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
