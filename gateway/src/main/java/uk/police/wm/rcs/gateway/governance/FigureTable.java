package uk.police.wm.rcs.gateway.governance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * Counts read from a figure table, by (period, key) and classification, so each figure can be disclosed at the
 * caller's clearance. The key is one dimension of the rows, named by the caller (e.g. {@code
 * DisruptionFigureRow::crimeType}).
 */
public final class FigureTable {

    /** A row of a figure query as a table reads it: the period it counts in, its records' classification, the count. */
    public interface Row {

        String period();

        String classification();

        long counted();
    }

    private final Map<String, Map<String, Map<Classification, Long>>> byPeriod = new TreeMap<>();

    private FigureTable() {
    }

    /** The rows' counts by period, {@code dimension} and classification. */
    public static <R extends Row> FigureTable by(List<R> rows, Function<? super R, String> dimension) {
        FigureTable table = new FigureTable();
        for (R row : rows) {
            table.byPeriod.computeIfAbsent(row.period(), p -> new TreeMap<>())
                    .computeIfAbsent(dimension.apply(row), k -> new EnumMap<>(Classification.class))
                    .merge(Classification.parseOrHighest(row.classification()), row.counted(), Long::sum);
        }
        return table;
    }

    public Map<Classification, Long> get(String period, String key) {
        return byPeriod.getOrDefault(period, Map.of()).getOrDefault(key, Map.of());
    }

    /** Every key seen in any of the periods, sorted. */
    public TreeSet<String> keys(String... periods) {
        TreeSet<String> keys = new TreeSet<>();
        for (String period : periods) {
            keys.addAll(byPeriod.getOrDefault(period, Map.of()).keySet());
        }
        return keys;
    }

    /** Trends for every key, current against the previous quarter and the same quarter a year before. */
    public List<Trend> trends(Disclosure disclosure, String section, TrendQuarters quarters) {
        return keys(quarters.current(), quarters.previous(), quarters.yearBefore()).stream().map(key -> new Trend(key,
                disclosure.count(section, key, get(quarters.current(), key)),
                disclosure.count(section, key, get(quarters.previous(), key)),
                disclosure.count(section, key, get(quarters.yearBefore(), key)))).toList();
    }
}
