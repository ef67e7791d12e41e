package uk.police.wm.rcs.gateway.rocu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.FigureTable;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.TrendQuarters;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/** The ROCU part of the governance view, read from the precomputed figures (never from the records). */
@ApplicationScoped
public class RocuGovernance {

    public static final String SECTION = "rocu";

    /** Approved and downgraded disruptions by each dimension, with trends. */
    public record Disruptions(Trend total, List<Trend> byCrimeType, List<Trend> byImpact, List<Trend> byForce,
            List<Trend> byAgency, List<Trend> byFourP) {
    }

    /**
     * The ROCU figures of a quarter, and its operational highlights: those the caller's clearance and caveats
     * cover, by force, crime type and disruption id.
     */
    public record RocuFigures(List<Count> activeOcgsByCrimeType, Disruptions approvedDisruptions,
            List<Count> moderationBacklogByForce, List<RocuHighlights.Highlight> highlights) {
    }

    /**
     * A row of the disruption figures' grouping sets: the dimension it is grouped by holds its value and the others
     * are null (the figure table's dimensions are never null); all five null is the quarter's total.
     */
    record DisruptionFigureRow(String period, String classification, String crimeType, String impact, String force,
            String leadAgency, String category, long counted, long leftOut)
            implements FigureTable.Row, Disclosure.Grouped {

        boolean total() {
            return crimeType == null && impact == null && force == null && leadAgency == null && category == null;
        }
    }

    /** A row of a register's current figures: {@code figure} is "ocg" (active OCGs) or "backlog" (claims). */
    public record RegisterFigureRow(String figure, String classification, String key, long counted, long leftOut)
            implements FigureTable.Row, Disclosure.Grouped {

        /** A register has no periods: each figure is a table's period of its own. */
        @Override
        public String period() {
            return figure;
        }
    }

    /** Approved and downgraded disruptions of a quarter by crime type. */
    record CrimeTypeFigureRow(String period, String classification, String crimeType, long counted)
            implements FigureTable.Row {
    }

    @Inject
    Session session;

    @Inject
    RocuHighlights highlights;

    /**
     * Three statements: the disruption figure rows of the three quarters (each dimension is summed from them here),
     * the current OCG and backlog figures together, and the quarter's highlights.
     */
    public RocuFigures figures(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        TrendQuarters quarters = TrendQuarters.of(quarter);
        // one row per quarter, classification and value of each breakdown (GROUPING SETS), not per combination of
        // all five: with a million disruptions a quarter holds thousands of figure rows, and reading their cross
        // product into the JVM took most of an uncached request (README, "Benchmarks")
        List<DisruptionFigureRow> rows = quarters.bind(disclosure.bind(session.createNativeQuery("SELECT quarter,"
                        + " classification, crime_type, impact, force, lead_agency, category, "
                        + Disclosure.counted("disruptions") + ", " + Disclosure.leftOut("disruptions")
                        + " FROM rocu_disruption_figure WHERE " + TrendQuarters.CONDITION
                        + " GROUP BY GROUPING SETS ((quarter, classification), (quarter, classification, crime_type),"
                        + " (quarter, classification, impact), (quarter, classification, force),"
                        + " (quarter, classification, lead_agency), (quarter, classification, category))",
                        DisruptionFigureRow.class)))
                .getResultList();
        // what was left out, from the totals only (every other grouping set counts the same records again)
        List<DisruptionFigureRow> totals = rows.stream().filter(DisruptionFigureRow::total).toList();
        disclosure.leftOut(SECTION, totals);
        List<Trend> total = FigureTable.by(totals, row -> "ALL")
                .trends(disclosure, SECTION, quarters);
        if (total.isEmpty()) {
            Count zero = new Count("ALL", 0L, false);
            total = List.of(new Trend("ALL", zero, zero, zero));
        }
        Disruptions disruptions = new Disruptions(total.get(0),
                disruptionsBy(rows, DisruptionFigureRow::crimeType, quarters, disclosure),
                disruptionsBy(rows, DisruptionFigureRow::impact, quarters, disclosure),
                disruptionsBy(rows, DisruptionFigureRow::force, quarters, disclosure),
                disruptionsBy(rows, DisruptionFigureRow::leadAgency, quarters, disclosure),
                disruptionsBy(rows, DisruptionFigureRow::category, quarters, disclosure));
        List<RegisterFigureRow> nowRows = disclosure.bind(session.createNativeQuery("SELECT 'ocg', classification,"
                + " crime_type, " + Disclosure.counted("active_ocgs") + ", " + Disclosure.leftOut("active_ocgs")
                + " FROM rocu_ocg_figure GROUP BY classification, crime_type UNION ALL"
                + " SELECT 'backlog', classification, force, " + Disclosure.counted("claims") + ", "
                + Disclosure.leftOut("claims") + " FROM rocu_backlog_figure GROUP BY classification, force",
                RegisterFigureRow.class))
                .getResultList();
        disclosure.leftOut(SECTION, nowRows);
        FigureTable now = FigureTable.by(nowRows, RegisterFigureRow::key);
        return new RocuFigures(current(now, "ocg", disclosure), disruptions, current(now, "backlog", disclosure),
                highlights.of(quarter, caller, disclosure));
    }

    /** Approved and downgraded disruptions by crime type in each of the quarters, read in one query. */
    public Map<String, List<Count>> approvedByCrimeType(List<String> quarters, Disclosure disclosure) {
        FigureTable table = FigureTable.by(disclosure.bind(session.createNativeQuery("SELECT quarter,"
                        + " classification, crime_type, " + Disclosure.counted("disruptions")
                        + " FROM rocu_disruption_figure WHERE quarter IN (:quarters) GROUP BY 1, 2, 3",
                        CrimeTypeFigureRow.class))
                .setParameter("quarters", quarters).getResultList(), CrimeTypeFigureRow::crimeType);
        Map<String, List<Count>> byQuarter = new LinkedHashMap<>();
        for (String quarter : quarters) {
            byQuarter.put(quarter, table.keys(quarter).stream()
                    .map(key -> disclosure.count(SECTION, key, table.get(quarter, key))).toList());
        }
        return byQuarter;
    }

    /** Trends by one breakdown of the figure rows: the rows of its grouping set (those where it is not null). */
    private static List<Trend> disruptionsBy(List<DisruptionFigureRow> rows,
            Function<DisruptionFigureRow, String> breakdown, TrendQuarters quarters, Disclosure disclosure) {
        List<DisruptionFigureRow> grouped = rows.stream().filter(row -> breakdown.apply(row) != null).toList();
        return FigureTable.by(grouped, breakdown).trends(disclosure, SECTION, quarters);
    }

    private static List<Count> current(FigureTable table, String figure, Disclosure disclosure) {
        return table.keys(figure).stream().map(key -> disclosure.count(SECTION, key, table.get(figure, key)))
                .filter(count -> count.suppressed() || count.value() != 0).toList();
    }
}
