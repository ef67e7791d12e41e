package uk.police.wm.rcs.gateway.boardpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import uk.police.wm.rcs.gateway.boardpack.model.PackTable;
import uk.police.wm.rcs.gateway.boardpack.model.PackTable.Row;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * Turns the view's figures into tables a person reads: codes in words (Labels), rows largest first by the first
 * figure, a withheld figure said in words and placed after the known ones (its size is not known), totals last.
 */
public final class Tables {

    /** What a figure withheld from this reader shows in place of a number. */
    public static final String WITHHELD = "withheld";

    /** The columns of a trend table. */
    public static final List<String> TREND_COLUMNS = List.of("This quarter", "Previous quarter",
            "Same quarter last year");

    private Tables() {
    }

    /** Trends: this quarter, the previous one and the same one a year before; codes put into words. */
    public static PackTable trends(String caption, String firstColumn, List<Trend> trends, String whenEmpty) {
        List<String> columns = new ArrayList<>();
        columns.add(firstColumn);
        columns.addAll(TREND_COLUMNS);
        List<Sized> rows = trends.stream().map(t -> new Sized(t.current(), new Row(t.key(), Labels.of(t.key()),
                List.of(cell(t.current()), cell(t.previousQuarter()), cell(t.sameQuarterLastYear())),
                isTotal(t.key())))).toList();
        return new PackTable(caption, columns, ordered(rows), whenEmpty);
    }

    /** Counts by key in one figure column; codes put into words. */
    public static PackTable counts(String caption, String firstColumn, String figureColumn, List<Count> counts,
            String whenEmpty) {
        return counts(caption, firstColumn, figureColumn, counts, c -> Labels.of(c.key()), whenEmpty);
    }

    /** Counts by key in one figure column, each row named by {@code label}. */
    public static PackTable counts(String caption, String firstColumn, String figureColumn, List<Count> counts,
            Function<Count, String> label, String whenEmpty) {
        List<Sized> rows = counts.stream().map(c -> new Sized(c, new Row(c.key(), label.apply(c), List.of(cell(c)),
                isTotal(c.key())))).toList();
        return new PackTable(caption, List.of(firstColumn, figureColumn), ordered(rows), whenEmpty);
    }

    /** A figure as shown: the number, or "withheld". */
    public static String cell(Count count) {
        return count == null ? "" : count.suppressed() || count.value() == null ? WITHHELD
                : Labels.number(count.value());
    }

    /** Largest first; withheld figures after the known ones; ties by label; totals ("all") last. */
    static List<Row> ordered(List<Sized> rows) {
        return rows.stream().sorted(Comparator.comparing((Sized s) -> s.row().total())
                .thenComparing(s -> s.size() == null)
                .thenComparing(s -> s.size() == null ? 0L : -s.size())
                .thenComparing(s -> s.row().label())).map(Sized::row).toList();
    }

    private static boolean isTotal(String key) {
        return "ALL".equals(key);
    }

    /** A row with the figure it is ordered by (null when withheld). */
    record Sized(Long size, Row row) {
        Sized(Count count, Row row) {
            this(count == null || count.suppressed() ? null : count.value(), row);
        }
    }
}
