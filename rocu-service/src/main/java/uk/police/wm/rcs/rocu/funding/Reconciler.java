package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.rocu.events.ReconciliationIssued.Line;
import uk.police.wm.rcs.rocu.events.Contributor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a period's regional cost between contributors by the formula, to the penny.
 * <p>
 * Rounding rule (largest remainder): each contributor's exact share ({@code cost × percent / 100}) is rounded
 * down to the penny; the pennies left over (fewer than the number of contributors) go one each to the
 * contributors with the largest discarded fractions, ties to the earlier contributor (WMP, ALLIANCE, STA). The
 * shares therefore always add up exactly to the regional cost, and no share is more than a penny from exact.
 */
public final class Reconciler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PENNY = new BigDecimal("0.01");

    private Reconciler() {
    }

    /** The whole reconciliation; {@code totalShareDue} equals {@code regionalCost} and balances sum to zero. */
    public record Result(BigDecimal regionalCost, List<Line> lines, BigDecimal totalShareDue, BigDecimal totalBorne,
            BigDecimal totalBalance) {
    }

    /** Shares of {@code cost} by percentages that must add up to exactly 100. */
    public static Map<Contributor, BigDecimal> split(BigDecimal cost, Map<Contributor, BigDecimal> percent) {
        if (percent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("formula shares must add up to 100");
        }
        Map<Contributor, BigDecimal> floor = new EnumMap<>(Contributor.class);
        Map<Contributor, BigDecimal> fraction = new EnumMap<>(Contributor.class);
        for (Contributor c : Contributor.values()) {
            BigDecimal exact = cost.multiply(percent.getOrDefault(c, BigDecimal.ZERO)).divide(HUNDRED);
            BigDecimal down = exact.setScale(2, RoundingMode.DOWN);
            floor.put(c, down);
            fraction.put(c, exact.subtract(down));
        }
        BigDecimal left = cost.setScale(2, RoundingMode.UNNECESSARY)
                .subtract(floor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int pennies = left.divide(PENNY).intValueExact();
        List<Contributor> order = new ArrayList<>(List.of(Contributor.values()));
        order.sort(Comparator.comparing((Contributor c) -> fraction.get(c)).reversed()
                .thenComparing(Contributor::ordinal));
        for (int i = 0; i < pennies; i++) {
            floor.merge(order.get(i), PENNY, BigDecimal::add);
        }
        return floor;
    }

    /** The reconciliation of a period: the cost is the staff cost all forces bore between them. */
    public static Result reconcile(Map<Contributor, BigDecimal> percent, Map<Contributor, BigDecimal> borne) {
        BigDecimal cost = borne.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        Map<Contributor, BigDecimal> due = split(cost, percent);
        List<Line> lines = new ArrayList<>();
        for (Contributor c : Contributor.values()) {
            BigDecimal bore = borne.getOrDefault(c, BigDecimal.ZERO).setScale(2);
            lines.add(new Line(c, percent.getOrDefault(c, BigDecimal.ZERO), due.get(c), bore,
                    due.get(c).subtract(bore)));
        }
        return new Result(cost, lines, sum(lines, Line::shareDue), sum(lines, Line::staffCostBorne),
                sum(lines, Line::balance));
    }

    private static BigDecimal sum(List<Line> lines, Function<Line, BigDecimal> f) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
