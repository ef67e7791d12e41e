package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * The cyber part of the governance view: Action Fraud referrals received in the quarter by class and outcome,
 * time to triage and victim contact, from precomputed figures. Referrals concern people, so every figure is an
 * aggregate of OFFICIAL-SENSITIVE records.
 */
@ApplicationScoped
public class CyberGovernance {

    static final String SECTION = "cyber";

    /**
     * Hours from receipt to triage of the quarter's triaged referrals; median and 90th percentile by linear
     * interpolation between closest ranks (as cyber-service states), null when suppressed or none.
     */
    public record TimeToTriage(Count triaged, BigDecimal medianHours, BigDecimal p90Hours) {
    }

    /** Victims contacted of the referrals received, and the rate (0 to 1, null when suppressed or none). */
    public record VictimContact(Count received, Count contacted, BigDecimal rate) {
    }

    /** One quarter's timing and contact figures beside the previous quarter's. */
    public record Compared<T>(T current, T previousQuarter) {
    }

    /** The cyber figures of a quarter. */
    public record CyberFigures(List<Trend> referralsByClass, List<Trend> referralsByOutcome,
            Compared<TimeToTriage> timeToTriage, Compared<VictimContact> victimContact) {
    }

    @Inject
    EntityManager em;

    public CyberFigures figures(FinancialQuarter quarter, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        return new CyberFigures(referralsBy("crime_class", current, previous, yearBefore, disclosure),
                referralsBy("outcome", current, previous, yearBefore, disclosure),
                new Compared<>(timeToTriage(current, disclosure), timeToTriage(previous, disclosure)),
                new Compared<>(victimContact(current, disclosure), victimContact(previous, disclosure)));
    }

    private List<Trend> referralsBy(String column, String current, String previous, String yearBefore,
            Disclosure disclosure) {
        // column is one of our own constants, never caller input
        List<?> rows = em.createNativeQuery("SELECT quarter, 'OFFICIAL_SENSITIVE', " + column + ", sum(referrals)"
                        + " FROM cyber_referral_figure WHERE quarter IN (?1, ?2, ?3) GROUP BY 1, 2, 3")
                .setParameter(1, current).setParameter(2, previous).setParameter(3, yearBefore)
                .getResultList();
        return new FigureTable(rows).trends(disclosure, SECTION, current, previous, yearBefore).stream()
                .filter(t -> !allZero(t)).toList();
    }

    private TimeToTriage timeToTriage(String quarter, Disclosure disclosure) {
        List<long[]> histogram = new ArrayList<>();
        long total = 0;
        for (Object row : em.createNativeQuery("SELECT hours, referrals FROM cyber_triage_hours WHERE quarter = ?1"
                + " AND referrals > 0 ORDER BY hours").setParameter(1, quarter).getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[1]).longValue();
            histogram.add(new long[] {((Number) r[0]).longValue(), n});
            total += n;
        }
        Count triaged = disclosure.count(SECTION, "triaged referrals " + quarter, sensitive(total));
        if (triaged.suppressed() || total == 0) {
            return new TimeToTriage(triaged, null, null);
        }
        return new TimeToTriage(triaged, percentile(histogram, total, 0.5), percentile(histogram, total, 0.9));
    }

    private VictimContact victimContact(String quarter, Disclosure disclosure) {
        List<?> rows = em.createNativeQuery("SELECT received, contacted FROM cyber_contact_figure WHERE quarter = ?1")
                .setParameter(1, quarter).getResultList();
        long received = rows.isEmpty() ? 0 : ((Number) ((Object[]) rows.get(0))[0]).longValue();
        long contacted = rows.isEmpty() ? 0 : ((Number) ((Object[]) rows.get(0))[1]).longValue();
        Count receivedCount = disclosure.count(SECTION, "referrals received " + quarter, sensitive(received));
        Count contactedCount = disclosure.count(SECTION, "victims contacted " + quarter, sensitive(contacted));
        BigDecimal rate = receivedCount.suppressed() || contactedCount.suppressed() || received == 0 ? null
                : BigDecimal.valueOf(contacted).divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP);
        return new VictimContact(receivedCount, contactedCount, rate);
    }

    /** Type 7 percentile (h = p(n-1), interpolating between the values at ranks floor(h) and floor(h)+1). */
    static BigDecimal percentile(List<long[]> histogram, long total, double p) {
        double h = p * (total - 1);
        long lowerRank = (long) Math.floor(h);
        double lower = valueAtRank(histogram, lowerRank);
        double upper = valueAtRank(histogram, Math.min(lowerRank + 1, total - 1));
        return BigDecimal.valueOf(lower + (h - lowerRank) * (upper - lower)).setScale(2, RoundingMode.HALF_UP);
    }

    private static double valueAtRank(List<long[]> histogram, long rank) {
        long seen = 0;
        for (long[] bucket : histogram) {
            seen += bucket[1];
            if (rank < seen) {
                return bucket[0];
            }
        }
        return histogram.get(histogram.size() - 1)[0];
    }

    private static Map<Classification, Long> sensitive(long count) {
        return Map.of(Classification.OFFICIAL_SENSITIVE, count);
    }

    private static boolean allZero(Trend trend) {
        return isZero(trend.current()) && isZero(trend.previousQuarter()) && isZero(trend.sameQuarterLastYear());
    }

    private static boolean isZero(Count count) {
        return !count.suppressed() && count.value() == 0;
    }
}
