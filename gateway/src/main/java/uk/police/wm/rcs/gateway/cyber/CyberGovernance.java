package uk.police.wm.rcs.gateway.cyber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.gateway.governance.FigureTable;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.Disclosure;

/**
 * The cyber part of the governance view: Action Fraud referrals received in the quarter by class and outcome,
 * time to triage and victim contact, from precomputed figures, and the Digital PCSO's monthly reach; each figure
 * at the marking its events gave the records behind it (Disclosure).
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

    /**
     * Four statements: referral figures of the three quarters, triage and contact of two, the PCSO's months; each
     * counts only the rows the reader's clearance and caveats cover ({@link Disclosure#counted}).
     */
    public CyberFigures figures(FinancialQuarter quarter, Disclosure disclosure) {
        String current = quarter.toString();
        String previous = quarter.previous().toString();
        String yearBefore = quarter.sameQuarterYearBefore().toString();
        List<?> rows = disclosure.bind(em.createNativeQuery("SELECT quarter, classification, crime_class, outcome, "
                        + Disclosure.counted("referrals") + ", " + Disclosure.leftOut("referrals")
                        + " FROM cyber_referral_figure WHERE quarter IN (:current, :previous, :yearBefore)"
                        + " GROUP BY 1, 2, 3, 4"))
                .setParameter("current", current).setParameter("previous", previous)
                .setParameter("yearBefore", yearBefore)
                .getResultList();
        disclosure.leftOut(SECTION, rows, 1, 5);
        List<Trend> byClass = referralsBy(rows, 2, current, previous, yearBefore, disclosure);
        List<Trend> byOutcome = referralsBy(rows, 3, current, previous, yearBefore, disclosure);
        Map<String, Histogram> histograms = new HashMap<>();
        List<?> hours = disclosure.bind(em.createNativeQuery("SELECT quarter, classification, hours, "
                        + Disclosure.counted("referrals") + ", " + Disclosure.leftOut("referrals")
                        + " FROM cyber_triage_hours WHERE quarter IN (:current, :previous) GROUP BY 1, 2, 3"
                        + " ORDER BY quarter, hours"))
                .setParameter("current", current).setParameter("previous", previous).getResultList();
        disclosure.leftOut(SECTION, hours, 1, 4);
        for (Object row : hours) {
            Object[] r = (Object[]) row;
            histograms.computeIfAbsent((String) r[0], q -> new Histogram())
                    .add(classification(r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }
        List<?> contactRows = disclosure.bind(em.createNativeQuery("SELECT quarter, classification, "
                        + Disclosure.counted("received") + ", " + Disclosure.counted("contacted") + ", "
                        + Disclosure.leftOut("received") + " FROM cyber_contact_figure"
                        + " WHERE quarter IN (:current, :previous) GROUP BY 1, 2"))
                .setParameter("current", current).setParameter("previous", previous).getResultList();
        disclosure.leftOut(SECTION, contactRows, 1, 4);
        Map<String, Contact> contact = new HashMap<>();
        for (Object row : contactRows) {
            Object[] r = (Object[]) row;
            contact.computeIfAbsent((String) r[0], q -> new Contact())
                    .add(classification(r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }
        TimeToTriage triageNow = timeToTriage(current, histograms.getOrDefault(current, new Histogram()), disclosure);
        TimeToTriage triageBefore = timeToTriage(previous, histograms.getOrDefault(previous, new Histogram()),
                disclosure);
        return new CyberFigures(byClass, byOutcome, new Compared<>(triageNow, triageBefore),
                new Compared<>(victimContact(current, contact.getOrDefault(current, new Contact()), disclosure),
                        victimContact(previous, contact.getOrDefault(previous, new Contact()), disclosure)),
                pcsoMonths(quarter, disclosure));
    }

    /** A quarter's triage-time histogram of the rows counted, and their number per classification. */
    private static final class Histogram {
        final TreeMap<Long, Long> byHours = new TreeMap<>();
        final Map<Classification, Long> triaged = new EnumMap<>(Classification.class);

        void add(Classification classification, long hours, long referrals) {
            if (referrals > 0) {
                byHours.merge(hours, referrals, Long::sum);
                triaged.merge(classification, referrals, Long::sum);
            }
        }

        List<long[]> buckets() {
            return byHours.entrySet().stream().map(e -> new long[] {e.getKey(), e.getValue()}).toList();
        }
    }

    /** A quarter's referrals received and victims contacted of the rows counted, per classification. */
    private static final class Contact {
        final Map<Classification, Long> received = new EnumMap<>(Classification.class);
        final Map<Classification, Long> contacted = new EnumMap<>(Classification.class);

        void add(Classification classification, long receivedCount, long contactedCount) {
            received.merge(classification, receivedCount, Long::sum);
            contacted.merge(classification, contactedCount, Long::sum);
        }

        long received() {
            return received.values().stream().mapToLong(Long::longValue).sum();
        }

        long contacted() {
            return contacted.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<PcsoMonth> pcsoMonths(FinancialQuarter quarter, Disclosure disclosure) {
        List<String> months = List.of(YearMonth.from(quarter.start()).toString(),
                YearMonth.from(quarter.start()).plusMonths(1).toString(),
                YearMonth.from(quarter.start()).plusMonths(2).toString());
        List<PcsoMonth> reported = new ArrayList<>();
        List<?> rows = disclosure.bind(em.createNativeQuery("SELECT month, classification, "
                        + Disclosure.counted("reach") + ", " + Disclosure.counted("events") + ", "
                        + Disclosure.leftOut("1") + " FROM cyber_pcso_month WHERE month IN (:first, :second, :third)"
                        + " GROUP BY 1, 2 ORDER BY month"))
                .setParameter("first", months.get(0)).setParameter("second", months.get(1))
                .setParameter("third", months.get(2))
                .getResultList();
        disclosure.leftOut(SECTION, rows, 1, 4);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (((Number) r[4]).longValue() > 0) {
                continue; // the month's report may not count for this reader
            }
            String month = (String) r[0];
            Classification classification = classification(r[1]);
            reported.add(new PcsoMonth(month,
                    disclosure.count(SECTION, "PCSO reach " + month,
                            Map.of(classification, ((Number) r[2]).longValue())),
                    disclosure.count(SECTION, "PCSO events " + month,
                            Map.of(classification, ((Number) r[3]).longValue()))));
        }
        return reported;
    }

    /** Trends by one column of the figure rows ({@code [quarter, classification, crime_class, outcome, counted]}). */
    private static List<Trend> referralsBy(List<?> rows, int column, String current, String previous,
            String yearBefore, Disclosure disclosure) {
        List<Object[]> byColumn = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Object[] {r[0], r[1], r[column], r[4]};
        }).toList();
        return new FigureTable(byColumn).trends(disclosure, SECTION, current, previous, yearBefore).stream()
                .filter(t -> !allZero(t)).toList();
    }

    private static TimeToTriage timeToTriage(String quarter, Histogram histogram, Disclosure disclosure) {
        List<long[]> buckets = histogram.buckets();
        long total = buckets.stream().mapToLong(bucket -> bucket[1]).sum();
        Count triaged = disclosure.count(SECTION, "triaged referrals " + quarter, histogram.triaged);
        if (triaged.suppressed() || total == 0) {
            return new TimeToTriage(triaged, null, null);
        }
        return new TimeToTriage(triaged, percentile(buckets, total, 0.5), percentile(buckets, total, 0.9));
    }

    private static VictimContact victimContact(String quarter, Contact figures, Disclosure disclosure) {
        long received = figures.received();
        long contacted = figures.contacted();
        Count receivedCount = disclosure.count(SECTION, "referrals received " + quarter, figures.received);
        Count contactedCount = disclosure.count(SECTION, "victims contacted " + quarter, figures.contacted);
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

    private static Classification classification(Object column) {
        return Classification.parseOrHighest((String) column);
    }

    private static boolean allZero(Trend trend) {
        return isZero(trend.current()) && isZero(trend.previousQuarter()) && isZero(trend.sameQuarterLastYear());
    }

    private static boolean isZero(Count count) {
        return !count.suppressed() && count.value() == 0;
    }
}
