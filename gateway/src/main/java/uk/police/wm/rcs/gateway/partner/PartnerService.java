package uk.police.wm.rcs.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SmallCounts;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * What a partner region may see: threat levels, and per quarter only figures built from OFFICIAL records without
 * caveats (never restricted, never about a person), every count under {@value Disclosure#SMALL_COUNT} suppressed.
 * Every statement filters with the platform's {@link VisibleRows} condition bound to {@link #PARTNER}, so nothing
 * else can reach a partner whatever it asks. No event today marks a record as releasable to partners beyond that.
 */
@ApplicationScoped
public class PartnerService {

    /** The shareable figures of a quarter. */
    public record ShareableQuarter(String quarter, List<CtuGovernance.Level> threatLevelsAtEnd,
            List<Count> approvedDisruptionsByCrimeType, List<Count> ctuActivityByFourP) {
    }

    /**
     * A partner region as a reader, the one definition the partner API and feed use: OFFICIAL clearance and no
     * caveats, whatever its token says.
     */
    public static final Caller PARTNER = new Caller("partner-region", null, Set.of(), Optional.empty(),
            Classification.OFFICIAL, Set.of());

    @Inject
    Session session;

    @Inject
    CtuGovernance ctu;

    public ShareableQuarter quarter(FinancialQuarter quarter) {
        LocalDate end = quarter.endExclusive().minusDays(1);
        return new ShareableQuarter(quarter.toString(), ctu.inForceOn(end, PARTNER),
                counts("SELECT crime_type, CAST(sum(disruptions) AS bigint) FROM rocu_disruption_figure"
                        + " WHERE quarter = :quarter AND " + VisibleRows.CONDITION
                        + " GROUP BY crime_type ORDER BY crime_type", quarter),
                counts("SELECT four_p, CAST(sum(activities) AS bigint) FROM ctu_activity_figure"
                        + " WHERE quarter = :quarter AND " + VisibleRows.CONDITION
                        + " GROUP BY four_p ORDER BY four_p", quarter));
    }

    public List<CtuGovernance.Level> threatLevelsOn(LocalDate date) {
        return ctu.inForceOn(date, PARTNER);
    }

    /** A shareable figure's key and the count of the records behind it. */
    private record KeyCount(String key, long count) {
    }

    private List<Count> counts(String sql, FinancialQuarter quarter) {
        List<KeyCount> rows = VisibleRows.bind(session.createNativeQuery(sql, KeyCount.class), PARTNER)
                .setParameter("quarter", quarter.toString()).getResultList();
        return rows.stream().map(r -> SmallCounts.isSuppressed(r.count(), Disclosure.SMALL_COUNT)
                ? new Count(r.key(), null, true) : new Count(r.key(), r.count(), false))
                .filter(c -> c.suppressed() || c.value() > 0).toList();
    }
}
