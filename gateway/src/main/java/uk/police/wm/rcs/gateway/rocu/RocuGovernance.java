package uk.police.wm.rcs.gateway.rocu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.gateway.governance.FigureTable;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.Disclosure;

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

    @Inject
    EntityManager em;

    @Inject
    RocuHighlights highlights;

    /**
     * Three statements: the disruption figure rows of the three quarters (each dimension is summed from them here),
     * the current OCG and backlog figures together, and the quarter's highlights.
     */
    public RocuFigures figures(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        // one row per quarter, classification and value of each breakdown (GROUPING SETS), not per combination of
        // all five: with a million disruptions a quarter holds thousands of figure rows, and reading their cross
        // product into the JVM took most of an uncached request (README, "Benchmarks")
        List<?> rows = disclosure.bind(em.createNativeQuery("SELECT quarter, classification, CASE"
                        + " WHEN GROUPING(crime_type) = 0 THEN 2 WHEN GROUPING(impact) = 0 THEN 3"
                        + " WHEN GROUPING(force) = 0 THEN 4 WHEN GROUPING(lead_agency) = 0 THEN 5"
                        + " WHEN GROUPING(category) = 0 THEN 6 ELSE -1 END,"
                        + " coalesce(crime_type, impact, force, lead_agency, category, 'ALL'), "
                        + Disclosure.counted("disruptions") + ", " + Disclosure.leftOut("disruptions")
                        + " FROM rocu_disruption_figure WHERE quarter IN (:current, :previous, :yearBefore)"
                        + " GROUP BY GROUPING SETS ((quarter, classification), (quarter, classification, crime_type),"
                        + " (quarter, classification, impact), (quarter, classification, force),"
                        + " (quarter, classification, lead_agency), (quarter, classification, category))"))
                .setParameter("current", current).setParameter("previous", previous)
                .setParameter("yearBefore", yearBefore)
                .getResultList();
        // what was left out, from the totals only (every other grouping set counts the same records again)
        disclosure.leftOut(SECTION, rows.stream().filter(r -> breakdown(r) == -1).toList(), 1, 5);
        Disruptions disruptions = new Disruptions(
                disruptionsBy(rows, -1, current, previous, yearBefore, disclosure).get(0),
                disruptionsBy(rows, 2, current, previous, yearBefore, disclosure),
                disruptionsBy(rows, 3, current, previous, yearBefore, disclosure),
                disruptionsBy(rows, 4, current, previous, yearBefore, disclosure),
                disruptionsBy(rows, 5, current, previous, yearBefore, disclosure),
                disruptionsBy(rows, 6, current, previous, yearBefore, disclosure));
        List<?> nowRows = disclosure.bind(em.createNativeQuery("SELECT 'ocg', classification, crime_type, "
                + Disclosure.counted("active_ocgs") + ", " + Disclosure.leftOut("active_ocgs")
                + " FROM rocu_ocg_figure GROUP BY classification, crime_type UNION ALL"
                + " SELECT 'backlog', classification, force, " + Disclosure.counted("claims") + ", "
                + Disclosure.leftOut("claims") + " FROM rocu_backlog_figure GROUP BY classification, force"))
                .getResultList();
        disclosure.leftOut(SECTION, nowRows, 1, 4);
        FigureTable now = new FigureTable(nowRows);
        return new RocuFigures(current(now, "ocg", disclosure), disruptions, current(now, "backlog", disclosure),
                highlights.of(quarter, caller, disclosure));
    }

    /** Approved and downgraded disruptions by crime type in each of the quarters, read in one query. */
    public Map<String, List<Count>> approvedByCrimeType(List<String> quarters, Disclosure disclosure) {
        FigureTable table = new FigureTable(disclosure.bind(em.createNativeQuery("SELECT quarter, classification,"
                        + " crime_type, " + Disclosure.counted("disruptions") + " FROM rocu_disruption_figure"
                        + " WHERE quarter IN (:quarters) GROUP BY 1, 2, 3"))
                .setParameter("quarters", quarters).getResultList());
        Map<String, List<Count>> byQuarter = new LinkedHashMap<>();
        for (String quarter : quarters) {
            byQuarter.put(quarter, table.keys(quarter).stream()
                    .map(key -> disclosure.count(SECTION, key, table.get(quarter, key))).toList());
        }
        return byQuarter;
    }

    /** The breakdown a row of the grouping sets belongs to: 2 crime type ... 6 category, -1 the totals. */
    private static int breakdown(Object row) {
        return ((Number) ((Object[]) row)[2]).intValue();
    }

    /** Trends by one breakdown of the figure rows ({@code -1}: all disruptions as one key, "ALL"). */
    private static List<Trend> disruptionsBy(List<?> rows, int column, String current, String previous,
            String yearBefore, Disclosure disclosure) {
        List<Object[]> byColumn = rows.stream().filter(row -> breakdown(row) == column).map(row -> {
            Object[] r = (Object[]) row;
            return new Object[] {r[0], r[1], r[3], r[4]};
        }).toList();
        List<Trend> trends = new FigureTable(byColumn).trends(disclosure, SECTION, current, previous, yearBefore);
        if (column < 0 && trends.isEmpty()) {
            Count zero = new Count("ALL", 0L, false);
            return List.of(new Trend("ALL", zero, zero, zero));
        }
        return trends;
    }

    private static List<Count> current(FigureTable table, String figure, Disclosure disclosure) {
        return table.keys(figure).stream().map(key -> disclosure.count(SECTION, key, table.get(figure, key)))
                .filter(count -> count.suppressed() || count.value() != 0).toList();
    }
}
