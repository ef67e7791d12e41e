package uk.police.wm.rcs.gateway.governance.coverage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
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

    /** A row of a record query whose select list ends with {@link #MARKING_COLUMNS}. */
    public interface MarkedRow {

        String classification();

        /** Whether the reader may see the row (null counts as no). */
        Boolean visible();
    }

    /** One key's sums of a figure query at one classification: the measures counted, and the first left out. */
    private record FigureSums(String key, String classification, long[] counted, long leftOut)
            implements Disclosure.Grouped {
    }

    /**
     * Runs a record query whose last two columns are {@link #MARKING_COLUMNS}, each row read into {@code rowType}
     * (its components in the order of the select list); returns the rows the reader may see, and notes the others
     * as left out of {@code section} by classification.
     */
    public static <R extends MarkedRow> List<R> visible(EntityManager em, Disclosure disclosure, String section,
            String sql, Map<String, Object> parameters, Class<R> rowType) {
        var query = disclosure.bind(em.unwrap(Session.class).createNativeQuery(sql, rowType));
        parameters.forEach(query::setParameter);
        List<R> shown = new ArrayList<>();
        Map<Classification, Long> hidden = new TreeMap<>();
        for (R row : query.getResultList()) {
            if (Boolean.TRUE.equals(row.visible())) {
                shown.add(row);
            } else {
                hidden.merge(Classification.parseOrHighest(row.classification()), 1L, Long::sum);
            }
        }
        hidden.forEach((classification, n) -> disclosure.leftOut(section, classification, n));
        return shown;
    }

    /**
     * Sums figure columns per key over the rows the reader may count. {@code keySql} selects the key, {@code from}
     * is the FROM and WHERE clause; each of {@code measures} is a column summed with {@link Disclosure#counted}; the
     * rows left out (by the first measure) are noted under {@code section}. Keys come back in the order of their
     * first measure, largest first, then by key; each key's sums in the order of {@code measures}.
     */
    public static Map<String, long[]> figures(EntityManager em, Disclosure disclosure, String section, String keySql,
            String from, Map<String, Object> parameters, String... measures) {
        StringBuilder select = new StringBuilder("SELECT " + keySql + " AS figure_key, classification");
        for (int i = 0; i < measures.length; i++) {
            select.append(", ").append(Disclosure.counted(measures[i])).append(" AS measure").append(i);
        }
        select.append(", ").append(Disclosure.leftOut(measures[0])).append(" AS left_out");
        var query = disclosure.bind(em.unwrap(Session.class).createNativeQuery(select + " " + from
                + " GROUP BY 1, 2", Tuple.class));
        parameters.forEach(query::setParameter);
        List<FigureSums> rows = query.getResultList().stream().map(tuple -> {
            long[] counted = new long[measures.length];
            for (int i = 0; i < measures.length; i++) {
                counted[i] = tuple.get("measure" + i, Long.class);
            }
            return new FigureSums(tuple.get("figure_key", String.class), tuple.get("classification", String.class),
                    counted, tuple.get("left_out", Long.class));
        }).toList();
        disclosure.leftOut(section, rows);
        Map<String, long[]> byKey = new TreeMap<>();
        for (FigureSums row : rows) {
            long[] sums = byKey.computeIfAbsent(row.key(), k -> new long[measures.length]);
            for (int i = 0; i < measures.length; i++) {
                sums[i] += row.counted()[i];
            }
        }
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(byKey.entrySet());
        entries.removeIf(e -> Arrays.stream(e.getValue()).allMatch(v -> v == 0));
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        Map<String, long[]> ordered = new LinkedHashMap<>();
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
