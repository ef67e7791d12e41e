package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * The cyber part of the governance view: Action Fraud referrals received in the quarter by class and outcome,
 * time to triage and victim contact, from precomputed figures. Referrals concern people, so every figure is an
 * aggregate of OFFICIAL-SENSITIVE records; the Digital PCSO's monthly reach is OFFICIAL.
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

    /** The Digital PCSO's reach and events supported in one month (OFFICIAL outreach figures). */
    public record PcsoMonth(String month, Count reach, Count events) {
    }

    /** The cyber figures of a quarter; PCSO months in calendar order, only those reported. */
    public record CyberFigures(List<Trend> referralsByClass, List<Trend> referralsByOutcome,
            Compared<TimeToTriage> timeToTriage, Compared<VictimContact> victimContact,
            List<PcsoMonth> pcsoReachByMonth) {
    }

    @Inject
    EntityManager em;

    /** Four statements: referral figures of the three quarters, triage and contact of two, the PCSO's months. */
    public CyberFigures figures(FinancialQuarter quarter, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        List<?> rows = em.createNativeQuery("SELECT quarter, crime_class, outcome, referrals"
                        + " FROM cyber_referral_figure WHERE quarter IN (?1, ?2, ?3)")
                .setParameter(1, current).setParameter(2, previous).setParameter(3, yearBefore)
                .getResultList();
        List<Trend> byClass = referralsBy(rows, 1, current, previous, yearBefore, disclosure);
        List<Trend> byOutcome = referralsBy(rows, 2, current, previous, yearBefore, disclosure);
        Map<String, List<long[]>> histograms = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT quarter, hours, referrals FROM cyber_triage_hours"
                + " WHERE quarter IN (?1, ?2) AND referrals > 0 ORDER BY quarter, hours")
                .setParameter(1, current).setParameter(2, previous).getResultList()) {
            Object[] r = (Object[]) row;
            histograms.computeIfAbsent((String) r[0], q -> new ArrayList<>())
                    .add(new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        Map<String, long[]> contact = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT quarter, received, contacted FROM cyber_contact_figure"
                + " WHERE quarter IN (?1, ?2)").setParameter(1, current).setParameter(2, previous).getResultList()) {
            Object[] r = (Object[]) row;
            contact.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        TimeToTriage triageNow = timeToTriage(current, histograms.getOrDefault(current, List.of()), disclosure);
        TimeToTriage triageBefore = timeToTriage(previous, histograms.getOrDefault(previous, List.of()), disclosure);
        return new CyberFigures(byClass, byOutcome, new Compared<>(triageNow, triageBefore),
                new Compared<>(victimContact(current, contact.get(current), disclosure),
                        victimContact(previous, contact.get(previous), disclosure)),
                pcsoMonths(quarter, disclosure));
    }

    private List<PcsoMonth> pcsoMonths(FinancialQuarter quarter, Disclosure disclosure) {
        List<String> months = List.of(YearMonth.from(quarter.start()).toString(),
                YearMonth.from(quarter.start()).plusMonths(1).toString(),
                YearMonth.from(quarter.start()).plusMonths(2).toString());
        List<PcsoMonth> reported = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT month, reach, events FROM cyber_pcso_month"
                        + " WHERE month IN (?1, ?2, ?3) ORDER BY month")
                .setParameter(1, months.get(0)).setParameter(2, months.get(1)).setParameter(3, months.get(2))
                .getResultList()) {
            Object[] r = (Object[]) row;
            String month = (String) r[0];
            reported.add(new PcsoMonth(month,
                    disclosure.count(SECTION, "PCSO reach " + month, official(((Number) r[1]).longValue())),
                    disclosure.count(SECTION, "PCSO events " + month, official(((Number) r[2]).longValue()))));
        }
        return reported;
    }

    /** Trends by one column of the figure rows ({@code [quarter, crime_class, outcome, referrals]}). */
    private static List<Trend> referralsBy(List<?> rows, int column, String current, String previous,
            String yearBefore, Disclosure disclosure) {
        List<Object[]> byColumn = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Object[] {r[0], "OFFICIAL_SENSITIVE", r[column], r[3]};
        }).toList();
        return new FigureTable(byColumn).trends(disclosure, SECTION, current, previous, yearBefore).stream()
                .filter(t -> !allZero(t)).toList();
    }

    private static TimeToTriage timeToTriage(String quarter, List<long[]> histogram, Disclosure disclosure) {
        long total = histogram.stream().mapToLong(bucket -> bucket[1]).sum();
        Count triaged = disclosure.count(SECTION, "triaged referrals " + quarter, sensitive(total));
        if (triaged.suppressed() || total == 0) {
            return new TimeToTriage(triaged, null, null);
        }
        return new TimeToTriage(triaged, percentile(histogram, total, 0.5), percentile(histogram, total, 0.9));
    }

    private static VictimContact victimContact(String quarter, long[] figures, Disclosure disclosure) {
        long received = figures == null ? 0 : figures[0];
        long contacted = figures == null ? 0 : figures[1];
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

    private static Map<Classification, Long> official(long count) {
        return Map.of(Classification.OFFICIAL, count);
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
