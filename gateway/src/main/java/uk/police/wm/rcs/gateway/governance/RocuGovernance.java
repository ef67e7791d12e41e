package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The ROCU part of the governance view, read from the precomputed figures (never from the records). */
@ApplicationScoped
public class RocuGovernance {

    static final String SECTION = "rocu";

    /** Approved and downgraded disruptions by each dimension, with trends. */
    public record Disruptions(Trend total, List<Trend> byCrimeType, List<Trend> byImpact, List<Trend> byForce,
            List<Trend> byAgency, List<Trend> byFourP) {
    }

    /** The ROCU figures of a quarter. */
    public record RocuFigures(List<Count> activeOcgsByCrimeType, Disruptions approvedDisruptions,
            List<Count> moderationBacklogByForce) {
    }

    @Inject
    EntityManager em;

    public RocuFigures figures(FinancialQuarter quarter, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        Disruptions disruptions = new Disruptions(
                disruptionsBy("'ALL'", current, previous, yearBefore, disclosure).get(0),
                disruptionsBy("crime_type", current, previous, yearBefore, disclosure),
                disruptionsBy("impact", current, previous, yearBefore, disclosure),
                disruptionsBy("force", current, previous, yearBefore, disclosure),
                disruptionsBy("lead_agency", current, previous, yearBefore, disclosure),
                disruptionsBy("category", current, previous, yearBefore, disclosure));
        return new RocuFigures(current("SELECT 'now', classification, crime_type, sum(active_ocgs) FROM rocu_ocg_figure"
                        + " GROUP BY classification, crime_type", disclosure),
                disruptions,
                current("SELECT 'now', classification, force, sum(claims) FROM rocu_backlog_figure"
                        + " GROUP BY classification, force", disclosure));
    }

    /** Approved and downgraded disruptions by crime type in each of the quarters, read in one query. */
    public Map<String, List<Count>> approvedByCrimeType(List<String> quarters, Disclosure disclosure) {
        FigureTable table = new FigureTable(em.createNativeQuery("SELECT quarter, classification, crime_type,"
                        + " sum(disruptions) FROM rocu_disruption_figure WHERE quarter IN (:quarters) GROUP BY 1, 2, 3")
                .setParameter("quarters", quarters).getResultList());
        Map<String, List<Count>> byQuarter = new LinkedHashMap<>();
        for (String quarter : quarters) {
            byQuarter.put(quarter, table.keys(quarter).stream()
                    .map(key -> disclosure.count(SECTION, key, table.get(quarter, key))).toList());
        }
        return byQuarter;
    }

    private List<Trend> disruptionsBy(String column, String current, String previous, String yearBefore,
            Disclosure disclosure) {
        // column is one of our own constants, never caller input
        List<?> rows = em.createNativeQuery("SELECT quarter, classification, " + column + ", sum(disruptions)"
                        + " FROM rocu_disruption_figure WHERE quarter IN (?1, ?2, ?3)"
                        + " GROUP BY 1, 2, 3")
                .setParameter(1, current).setParameter(2, previous).setParameter(3, yearBefore)
                .getResultList();
        List<Trend> trends = new FigureTable(rows).trends(disclosure, SECTION, current, previous, yearBefore);
        if (column.startsWith("'") && trends.isEmpty()) {
            Count zero = new Count("ALL", 0L, false);
            return List.of(new Trend("ALL", zero, zero, zero));
        }
        return trends;
    }

    private List<Count> current(String sql, Disclosure disclosure) {
        FigureTable table = new FigureTable(em.createNativeQuery(sql).getResultList());
        return table.keys("now").stream().map(key -> disclosure.count(SECTION, key, table.get("now", key)))
                .filter(count -> count.suppressed() || count.value() != 0).toList();
    }
}
