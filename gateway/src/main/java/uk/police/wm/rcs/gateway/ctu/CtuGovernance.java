package uk.police.wm.rcs.gateway.ctu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.FigureTable;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.TrendQuarters;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.VisibleRows;

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

    /** The quarter's activity figures by 4 P and motivation, at one classification. */
    record ActivityFigureRow(String period, String classification, String fourP, String motivation, long counted,
            long leftOut) implements FigureTable.Row, Disclosure.Grouped {
    }

    /** The restricted operations' count ctu-service published (null: suppressed) and whether the reader may see it. */
    record RestrictedCountRow(Long operations, Boolean visible) {
    }

    @Inject
    Session session;

    public CtuFigures figures(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        LocalDate start = quarter.start();
        LocalDate end = quarter.endExclusive().minusDays(1);
        List<Level> changes = levels("SELECT scope, level, effective_from, set_by FROM ctu_threat_level"
                + " WHERE effective_from >= :first AND effective_from <= :second AND " + VisibleRows.CONDITION
                + " ORDER BY effective_from, event_time", start, end, caller);
        return new CtuFigures(new ThreatLevels(inForceOn(start, caller), inForceOn(end, caller), changes),
                activity(quarter, caller, disclosure));
    }

    private Activity activity(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        TrendQuarters quarters = TrendQuarters.of(quarter);
        List<ActivityFigureRow> rows = quarters.bind(disclosure.bind(session.createNativeQuery("SELECT quarter,"
                        + " classification, four_p, motivation, " + Disclosure.counted("activities") + ", "
                        + Disclosure.leftOut("activities") + " FROM ctu_activity_figure"
                        + " WHERE " + TrendQuarters.CONDITION + " GROUP BY 1, 2, 3, 4", ActivityFigureRow.class)))
                .getResultList();
        disclosure.leftOut(SECTION, rows);
        List<ActivityFigureRow> withMotivation = rows.stream()
                .filter(row -> !NOT_APPLICABLE.equals(row.motivation())).toList();
        return new Activity(
                FigureTable.by(rows, ActivityFigureRow::fourP).trends(disclosure, SECTION, quarters),
                FigureTable.by(withMotivation, ActivityFigureRow::motivation).trends(disclosure, SECTION, quarters),
                restricted(quarters.current(), caller, disclosure));
    }

    /**
     * The count ctu-service publishes of reporting-restricted operations: only for SECRET-cleared callers, and only
     * when the caller may read the count's own marking (a record-level check: this count is never an aggregate
     * disclosed below its marking).
     */
    private Count restricted(String quarter, Caller caller, Disclosure disclosure) {
        if (!caller.clearance().covers(Classification.SECRET)) {
            disclosure.withhold(SECTION, "reporting-restricted operations", "shown only to SECRET-cleared callers");
            return new Count("restrictedOperations", null, true);
        }
        List<RestrictedCountRow> rows = VisibleRows.bind(session.createNativeQuery("SELECT CAST(operations AS bigint),"
                + " " + VisibleRows.CONDITION + " FROM ctu_restricted_count WHERE quarter = :quarter",
                RestrictedCountRow.class), caller)
                .setParameter("quarter", quarter).getResultList();
        if (rows.isEmpty()) {
            return new Count("restrictedOperations", 0L, false);
        }
        RestrictedCountRow row = rows.get(0);
        if (!Boolean.TRUE.equals(row.visible())) {
            disclosure.withhold(SECTION, "reporting-restricted operations",
                    "the count carries handling caveats your token does not hold");
            return new Count("restrictedOperations", null, true);
        }
        if (row.operations() == null) {
            return new Count("restrictedOperations", null, true);
        }
        disclosure.noteShown(Classification.SECRET); // the count itself is disclosed only at SECRET
        return new Count("restrictedOperations", row.operations(), false);
    }

    /** The threat level in force for each scope on a date, of the levels the reader may see. */
    public List<Level> inForceOn(LocalDate date, Caller reader) {
        return levels("SELECT DISTINCT ON (scope) scope, level, effective_from, set_by FROM ctu_threat_level"
                + " WHERE effective_from <= :first AND " + VisibleRows.CONDITION
                + " ORDER BY scope, effective_from DESC, event_time DESC", date, null, reader);
    }

    private List<Level> levels(String sql, LocalDate first, LocalDate second, Caller reader) {
        var query = VisibleRows.bind(session.createNativeQuery(sql, Level.class), reader).setParameter("first", first);
        if (second != null) {
            query.setParameter("second", second);
        }
        return query.getResultList();
    }
}
