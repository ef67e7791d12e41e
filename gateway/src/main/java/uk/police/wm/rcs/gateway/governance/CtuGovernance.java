package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The CTU part of the governance view: the threat levels in force over the quarter and their changes. */
@ApplicationScoped
public class CtuGovernance {

    /** A threat level as published (threat levels are OFFICIAL). */
    public record Level(String scope, String level, LocalDate effectiveFrom, String setBy) {
    }

    /** Levels in force at the start and end of the quarter, and every change during it. */
    public record ThreatLevels(List<Level> inForceAtStart, List<Level> inForceAtEnd, List<Level> changes) {
    }

    /** The CTU figures of a quarter. */
    public record CtuFigures(ThreatLevels threatLevels) {
    }

    @Inject
    EntityManager em;

    public CtuFigures figures(FinancialQuarter quarter) {
        LocalDate start = quarter.start();
        LocalDate end = quarter.endExclusive().minusDays(1);
        List<Level> changes = levels("SELECT scope, level, effective_from, set_by FROM ctu_threat_level"
                + " WHERE effective_from >= ?1 AND effective_from <= ?2 ORDER BY effective_from, event_time", start, end);
        return new CtuFigures(new ThreatLevels(inForceOn(start), inForceOn(end), changes));
    }

    private List<Level> inForceOn(LocalDate date) {
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
