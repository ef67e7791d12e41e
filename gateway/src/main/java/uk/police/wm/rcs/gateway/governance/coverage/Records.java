package uk.police.wm.rcs.gateway.governance.coverage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Cell;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Row;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Section;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Source;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Table;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * The two ways a coverage table reads the read model, both with need-to-know in the statement (the platform's
 * {@link VisibleRows} condition bound to the reader): records shown whole or not at all, and figures summed over
 * the rows the reader may count. What the reader may not see is noted in the withheld list under the section's key.
 */
public final class Records {

    private Records() {
    }

    /** SQL to append to a record query's select list: the row's classification and whether the reader may see it. */
    public static final String MARKING_COLUMNS = "classification, " + VisibleRows.CONDITION;

    /**
     * Runs a record query whose last two columns are {@link #MARKING_COLUMNS}; returns the rows the reader may see,
     * without those two columns, and notes the others as left out of {@code section} by classification.
     */
    public static List<Object[]> visible(EntityManager em, Disclosure disclosure, String section, String sql,
            Map<String, Object> parameters) {
        var query = disclosure.bind(em.createNativeQuery(sql));
        parameters.forEach(query::setParameter);
        List<Object[]> shown = new ArrayList<>();
        Map<Classification, Long> hidden = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            if (Boolean.TRUE.equals(r[r.length - 1])) {
                shown.add(Arrays.copyOf(r, r.length - 2));
            } else {
                hidden.merge(Classification.parseOrHighest((String) r[r.length - 2]), 1L, Long::sum);
            }
        }
        hidden.forEach((classification, n) -> disclosure.leftOut(section, classification, n));
        return shown;
    }

    /**
     * Sums figure columns per key over the rows the reader may count. {@code keySql} selects the key, {@code from}
     * is the FROM and WHERE clause; each of {@code measures} is a column summed with {@link Disclosure#counted}; the
     * rows left out (by the first measure) are noted under {@code section}. Keys come back in the order of their
     * first measure, largest first, then by key.
     */
    public static Map<String, long[]> figures(EntityManager em, Disclosure disclosure, String section, String keySql,
            String from, Map<String, Object> parameters, String... measures) {
        StringBuilder select = new StringBuilder("SELECT " + keySql + ", classification");
        for (String measure : measures) {
            select.append(", ").append(Disclosure.counted(measure));
        }
        select.append(", ").append(Disclosure.leftOut(measures[0]));
        var query = disclosure.bind(em.createNativeQuery(select + " " + from + " GROUP BY 1, 2"));
        parameters.forEach(query::setParameter);
        List<?> rows = query.getResultList();
        disclosure.leftOut(section, rows, 1, measures.length + 2);
        Map<String, long[]> byKey = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] sums = byKey.computeIfAbsent((String) r[0], k -> new long[measures.length]);
            for (int i = 0; i < measures.length; i++) {
                sums[i] += ((Number) r[i + 2]).longValue();
            }
        }
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(byKey.entrySet());
        entries.removeIf(e -> Arrays.stream(e.getValue()).allMatch(v -> v == 0));
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        Map<String, long[]> ordered = new java.util.LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** A table of counts, one row per key, the cells in the order of {@code columns}. */
    public static Table table(String key, String title, String rowHeading, String period, List<String> columns,
            Map<String, long[]> figures, Source source) {
        List<Row> rows = new ArrayList<>();
        figures.forEach((k, values) -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(Cell.count(columns.get(i), values[i]));
            }
            rows.add(new Row(k, cells));
        });
        return new Table(key, title, rowHeading, period, columns, rows, source);
    }

    /** A section with what was withheld from it (entries noted under its key); freshness is added per request. */
    public static Section section(String key, String title, List<Table> tables, Disclosure disclosure) {
        String domain = key.substring(0, key.indexOf('.'));
        return new Section(domain, key, title, null, tables,
                disclosure.withheld().stream().filter(w -> w.section().equals(key)).toList());
    }

}
