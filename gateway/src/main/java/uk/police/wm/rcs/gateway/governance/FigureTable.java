package uk.police.wm.rcs.gateway.governance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * Counts read from a figure table, by (period, key) and classification, so each figure can be disclosed at the
 * caller's clearance. Rows are {@code [period, classification, key, count]}.
 */
public final class FigureTable {

    private final Map<String, Map<String, Map<Classification, Long>>> byPeriod = new TreeMap<>();

    public FigureTable(List<?> rows) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Classification classification = Classification.parseOrHighest((String) r[1]);
            byPeriod.computeIfAbsent((String) r[0], p -> new TreeMap<>())
                    .computeIfAbsent((String) r[2], k -> new EnumMap<>(Classification.class))
                    .merge(classification, ((Number) r[3]).longValue(), Long::sum);
        }
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
    public List<Trend> trends(Disclosure disclosure, String section, String current, String previous, String yearBefore) {
        return keys(current, previous, yearBefore).stream().map(key -> new Trend(key,
                disclosure.count(section, key, get(current, key)),
                disclosure.count(section, key, get(previous, key)),
                disclosure.count(section, key, get(yearBefore, key)))).toList();
    }
}
