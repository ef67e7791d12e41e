package uk.police.wm.rcs.gateway.governance.coverage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
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
    private record FigureSums(String key, String classification, Sums counted, long leftOut)
            implements Disclosure.Grouped {
    }

    /** A key's sums, one per measure of its figure query, in the order the measures were named. */
    public record Sums(List<Long> values) {

        public Sums {
            values = List.copyOf(values);
        }

        Sums plus(Sums other) {
            List<Long> sum = new ArrayList<>(values);
            for (int i = 0; i < sum.size(); i++) {
                sum.set(i, sum.get(i) + other.values.get(i));
            }
            return new Sums(sum);
        }

        /** The first measure's sum, which orders the keys. */
        long first() {
            return values.get(0);
        }

        boolean isZero() {
            return values.stream().allMatch(v -> v == 0);
        }
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
    public static Map<String, Sums> figures(EntityManager em, Disclosure disclosure, String section, String keySql,
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
            List<Long> counted = new ArrayList<>();
            for (int i = 0; i < measures.length; i++) {
                counted.add(tuple.get("measure" + i, Long.class));
            }
            return new FigureSums(tuple.get("figure_key", String.class), tuple.get("classification", String.class),
                    new Sums(counted), tuple.get("left_out", Long.class));
        }).toList();
        disclosure.leftOut(section, rows);
        Map<String, Sums> byKey = new TreeMap<>();
        rows.forEach(row -> byKey.merge(row.key(), row.counted(), Sums::plus));
        List<Map.Entry<String, Sums>> entries = new ArrayList<>(byKey.entrySet());
        entries.removeIf(e -> e.getValue().isZero());
        entries.sort(Comparator.comparing((Map.Entry<String, Sums> e) -> e.getValue().first()).reversed()
                .thenComparing(Map.Entry::getKey));
        Map<String, Sums> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** A table of counts, one row per key, the cells in the order of {@code columns}. */
    public static Table table(String key, String title, String rowHeading, String period, List<String> columns,
            Map<String, Sums> figures, Source source) {
        List<Row> rows = new ArrayList<>();
        figures.forEach((k, sums) -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(Cell.count(columns.get(i), sums.values().get(i)));
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
