package uk.police.wm.rcs.rocu.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Disruptions;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Line;

/** Turns counted disruptions of three quarters into breakdowns with their comparisons. */
public final class Breakdowns {

    private Breakdowns() {
    }

    /** Counted (approved or downgraded) disruptions sharing every dimension, and how many there were. */
    public record Cell(String crimeType, String impact, String force, String agency, String category,
            String activityLevel, long count) {
    }

    /** The breakdowns for {@code current}, each line with {@code previous} and {@code yearBefore} beside it. */
    public static Disruptions of(List<Cell> current, List<Cell> previous, List<Cell> yearBefore) {
        Line total = new Line("TOTAL", sum(current), sum(previous), sum(yearBefore));
        return new Disruptions(total,
                lines(current, previous, yearBefore, Cell::crimeType),
                lines(current, previous, yearBefore, Cell::impact),
                lines(current, previous, yearBefore, Cell::force),
                lines(current, previous, yearBefore, Cell::agency),
                lines(current, previous, yearBefore, Cell::category),
                lines(current, previous, yearBefore, Cell::activityLevel));
    }

    private static List<Line> lines(List<Cell> current, List<Cell> previous, List<Cell> yearBefore,
            Function<Cell, String> key) {
        Map<String, Long> now = byKey(current, key);
        Map<String, Long> before = byKey(previous, key);
        Map<String, Long> lastYear = byKey(yearBefore, key);
        TreeMap<String, Boolean> keys = new TreeMap<>();
        now.keySet().forEach(k -> keys.put(k, true));
        before.keySet().forEach(k -> keys.put(k, true));
        lastYear.keySet().forEach(k -> keys.put(k, true));
        List<Line> lines = new ArrayList<>();
        keys.keySet().forEach(k -> lines.add(new Line(k, now.getOrDefault(k, 0L), before.getOrDefault(k, 0L),
                lastYear.getOrDefault(k, 0L))));
        return lines;
    }

    private static Map<String, Long> byKey(List<Cell> cells, Function<Cell, String> key) {
        return cells.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(Cell::count)));
    }

    private static long sum(List<Cell> cells) {
        return cells.stream().mapToLong(Cell::count).sum();
    }

    /** The same breakdowns with every count from 1 to {@code threshold - 1} replaced by null (small counts). */
    public static Disruptions suppressed(Disruptions d, int threshold) {
        Function<List<Line>, List<Line>> all = lines -> lines.stream().map(l -> suppress(l, threshold)).toList();
        return new Disruptions(suppress(d.total(), threshold), all.apply(d.byCrimeType()), all.apply(d.byImpact()),
                all.apply(d.byForce()), all.apply(d.byAgency()), all.apply(d.byCategory()),
                all.apply(d.byActivityLevel()));
    }

    private static Line suppress(Line l, int threshold) {
        return new Line(l.key(), small(l.current(), threshold), small(l.previousQuarter(), threshold),
                small(l.yearBefore(), threshold));
    }

    private static Long small(Long count, int threshold) {
        return count == null || (count > 0 && count < threshold) ? null : count;
    }
}
