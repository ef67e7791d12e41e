package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * The CTU part of the governance view: the threat levels in force over the quarter and their changes (OFFICIAL),
 * and the 4 P activity counts at the caller's clearance and caveats (CTU performance data is classified).
 */
@ApplicationScoped
public class CtuGovernance {

    /** A threat level as published (threat levels are OFFICIAL). */
    public record Level(String scope, String level, LocalDate effectiveFrom, String setBy) {
    }

    /** Levels in force at the start and end of the quarter, and every change during it. */
    public record ThreatLevels(List<Level> inForceAtStart, List<Level> inForceAtEnd, List<Level> changes) {
    }

    /** Activity by 4 P and by motivation, with trends; and reporting-restricted operations (SECRET callers only). */
    public record Activity(List<Trend> byFourP, List<Trend> byMotivation, Count restrictedOperations) {
    }

    /** The CTU figures of a quarter. */
    public record CtuFigures(ThreatLevels threatLevels, Activity activity) {
    }

    static final String SECTION = "ctu";

    private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    @Inject
    EntityManager em;

    public CtuFigures figures(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        LocalDate start = quarter.start();
        LocalDate end = quarter.endExclusive().minusDays(1);
        List<Level> changes = levels("SELECT scope, level, effective_from, set_by FROM ctu_threat_level"
                + " WHERE effective_from >= ?1 AND effective_from <= ?2 ORDER BY effective_from, event_time", start, end);
        return new CtuFigures(new ThreatLevels(inForceOn(start), inForceOn(end), changes),
                activity(quarter, caller, disclosure));
    }

    private Activity activity(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        List<Object[]> byFourP = new ArrayList<>();
        List<Object[]> byMotivation = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT quarter, classification, caveats, four_p, motivation,"
                        + " sum(activities) FROM ctu_activity_figure WHERE quarter IN (?1, ?2, ?3) GROUP BY 1, 2, 3, 4, 5")
                .setParameter(1, current).setParameter(2, previous).setParameter(3, yearBefore).getResultList()) {
            Object[] r = (Object[]) row;
            String caveats = (String) r[2];
            if (!caveats.isEmpty() && !caller.caveats().containsAll(List.of(caveats.split(",")))) {
                disclosure.withhold(SECTION, "records with handling caveats",
                        "they need caveats your token does not hold");
                continue;
            }
            byFourP.add(new Object[] {r[0], r[1], r[3], r[5]});
            if (!NOT_APPLICABLE.equals(r[4])) {
                byMotivation.add(new Object[] {r[0], r[1], r[4], r[5]});
            }
        }
        return new Activity(
                new FigureTable(byFourP).trends(disclosure, SECTION, current, previous, yearBefore),
                new FigureTable(byMotivation).trends(disclosure, SECTION, current, previous, yearBefore),
                restricted(current, caller, disclosure));
    }

    private Count restricted(String quarter, Caller caller, Disclosure disclosure) {
        if (!caller.clearance().covers(Classification.SECRET)) {
            disclosure.withhold(SECTION, "reporting-restricted operations", "shown only to SECRET-cleared callers");
            return new Count("restrictedOperations", null, true);
        }
        List<?> rows = em.createNativeQuery("SELECT operations FROM ctu_restricted_count WHERE quarter = ?1")
                .setParameter(1, quarter).getResultList();
        Object operations = rows.isEmpty() ? Integer.valueOf(0) : rows.get(0);
        return operations == null ? new Count("restrictedOperations", null, true)
                : new Count("restrictedOperations", ((Number) operations).longValue(), false);
    }

    /** The threat level in force for each scope on a date. */
    public List<Level> inForceOn(LocalDate date) {
        return levels("SELECT DISTINCT ON (scope) scope, level, effective_from, set_by FROM ctu_threat_level"
                + " WHERE effective_from <= ?1 ORDER BY scope, effective_from DESC, event_time DESC", date, null);
    }

    private List<Level> levels(String sql, LocalDate first, LocalDate second) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return query.getResultList().stream().map(row -> {
            Object[] r = (Object[]) row;
            LocalDate effective = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
            return new Level((String) r[0], (String) r[1], effective, (String) r[3]);
        }).toList();
    }
}
