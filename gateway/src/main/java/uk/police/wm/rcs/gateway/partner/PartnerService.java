package uk.police.wm.rcs.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.CtuGovernance;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.SmallCounts;

/**
 * What a partner region may see: threat levels, and per quarter only figures built from OFFICIAL records without
 * caveats (never restricted, never about a person), every count under {@value Disclosure#SMALL_COUNT} suppressed.
 * It reads only those rows, so nothing else can reach a partner whatever it asks.
 */
@ApplicationScoped
public class PartnerService {

    /** The shareable figures of a quarter. */
    public record ShareableQuarter(String quarter, List<CtuGovernance.Level> threatLevelsAtEnd,
            List<Count> approvedDisruptionsByCrimeType, List<Count> ctuActivityByFourP) {
    }

    @Inject
    EntityManager em;

    @Inject
    CtuGovernance ctu;

    public ShareableQuarter quarter(FinancialQuarter quarter) {
        LocalDate end = quarter.endExclusive().minusDays(1);
        return new ShareableQuarter(quarter.toString(), ctu.inForceOn(end),
                counts("SELECT crime_type, sum(disruptions) FROM rocu_disruption_figure WHERE quarter = ?1"
                        + " AND classification = 'OFFICIAL' GROUP BY crime_type ORDER BY crime_type", quarter),
                counts("SELECT four_p, sum(activities) FROM ctu_activity_figure WHERE quarter = ?1"
                        + " AND classification = 'OFFICIAL' AND caveats = '' GROUP BY four_p ORDER BY four_p", quarter));
    }

    public List<CtuGovernance.Level> threatLevelsOn(LocalDate date) {
        return ctu.inForceOn(date);
    }

    private List<Count> counts(String sql, FinancialQuarter quarter) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, quarter.toString()).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            long n = ((Number) r[1]).longValue();
            return SmallCounts.isSuppressed(n, Disclosure.SMALL_COUNT) ? new Count((String) r[0], null, true)
                    : new Count((String) r[0], n, false);
        }).filter(c -> c.suppressed() || c.value() > 0).toList();
    }
}
