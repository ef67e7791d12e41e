package uk.police.wm.rcs.gateway.cyber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.FigureTable;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.gateway.governance.TrendQuarters;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;

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

    /** Referrals received in a quarter by class and outcome, at one classification. */
    record ReferralFigureRow(String period, String classification, String crimeClass, String outcome, long counted,
            long leftOut) implements FigureTable.Row, Disclosure.Grouped {
    }

    /** How many referrals of a quarter, at one classification, took a whole number of hours to triage. */
    record TriageHoursRow(String quarter, String classification, int hours, long counted, long leftOut)
            implements Disclosure.Grouped {
    }

    /** Referrals received and victims contacted in a quarter, at one classification. */
    record ContactFigureRow(String quarter, String classification, long received, long contacted, long leftOut)
            implements Disclosure.Grouped {
    }

    /** The Digital PCSO's report of a month, at its classification. */
    record PcsoMonthRow(String month, String classification, long reach, long events, long leftOut)
            implements Disclosure.Grouped {
    }

    @Inject
    Session session;

    /**
     * Four statements: referral figures of the three quarters, triage and contact of two, the PCSO's months; each
     * counts only the rows the reader's clearance and caveats cover ({@link Disclosure#counted}).
     */
    public CyberFigures figures(FinancialQuarter quarter, Disclosure disclosure) {
        TrendQuarters quarters = TrendQuarters.of(quarter);
        String current = quarters.current();
        String previous = quarters.previous();
        List<ReferralFigureRow> rows = quarters.bind(disclosure.bind(session.createNativeQuery("SELECT quarter,"
                        + " classification, crime_class, outcome, " + Disclosure.counted("referrals") + ", "
                        + Disclosure.leftOut("referrals") + " FROM cyber_referral_figure"
                        + " WHERE " + TrendQuarters.CONDITION + " GROUP BY 1, 2, 3, 4", ReferralFigureRow.class)))
                .getResultList();
        disclosure.leftOut(SECTION, rows);
        List<Trend> byClass = referralsBy(rows, ReferralFigureRow::crimeClass, quarters, disclosure);
        List<Trend> byOutcome = referralsBy(rows, ReferralFigureRow::outcome, quarters, disclosure);
        Map<String, Histogram> histograms = new HashMap<>();
        List<TriageHoursRow> hours = disclosure.bind(session.createNativeQuery("SELECT quarter, classification,"
                        + " hours, " + Disclosure.counted("referrals") + ", " + Disclosure.leftOut("referrals")
                        + " FROM cyber_triage_hours WHERE quarter IN (:current, :previous) GROUP BY 1, 2, 3"
                        + " ORDER BY quarter, hours", TriageHoursRow.class))
                .setParameter("current", current).setParameter("previous", previous).getResultList();
        disclosure.leftOut(SECTION, hours);
        for (TriageHoursRow row : hours) {
            histograms.computeIfAbsent(row.quarter(), q -> new Histogram())
                    .add(classification(row.classification()), row.hours(), row.counted());
        }
        List<ContactFigureRow> contactRows = disclosure.bind(session.createNativeQuery("SELECT quarter,"
                        + " classification, " + Disclosure.counted("received") + ", "
                        + Disclosure.counted("contacted") + ", " + Disclosure.leftOut("received")
                        + " FROM cyber_contact_figure WHERE quarter IN (:current, :previous) GROUP BY 1, 2",
                        ContactFigureRow.class))
                .setParameter("current", current).setParameter("previous", previous).getResultList();
        disclosure.leftOut(SECTION, contactRows);
        Map<String, Contact> contact = new HashMap<>();
        for (ContactFigureRow row : contactRows) {
            contact.computeIfAbsent(row.quarter(), q -> new Contact())
                    .add(classification(row.classification()), row.received(), row.contacted());
        }
        TimeToTriage triageNow = timeToTriage(current, histograms.getOrDefault(current, new Histogram()), disclosure);
        TimeToTriage triageBefore = timeToTriage(previous, histograms.getOrDefault(previous, new Histogram()),
                disclosure);
        return new CyberFigures(byClass, byOutcome, new Compared<>(triageNow, triageBefore),
                new Compared<>(victimContact(current, contact.getOrDefault(current, new Contact()), disclosure),
                        victimContact(previous, contact.getOrDefault(previous, new Contact()), disclosure)),
                pcsoMonths(quarter, disclosure));
    }

    /** How many referrals took a whole number of hours to triage: one bar of the histogram, in order of hours. */
    record Bucket(long hours, long referrals) {
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

        List<Bucket> buckets() {
            return byHours.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList();
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
        List<PcsoMonthRow> rows = disclosure.bind(session.createNativeQuery("SELECT month, classification, "
                        + Disclosure.counted("reach") + ", " + Disclosure.counted("events") + ", "
                        + Disclosure.leftOut("1") + " FROM cyber_pcso_month WHERE month IN (:first, :second, :third)"
                        + " GROUP BY 1, 2 ORDER BY month", PcsoMonthRow.class))
                .setParameter("first", months.get(0)).setParameter("second", months.get(1))
                .setParameter("third", months.get(2))
                .getResultList();
        disclosure.leftOut(SECTION, rows);
        for (PcsoMonthRow row : rows) {
            if (row.leftOut() > 0) {
                continue; // the month's report may not count for this reader
            }
            String month = row.month();
            Classification classification = classification(row.classification());
            reported.add(new PcsoMonth(month,
                    disclosure.count(SECTION, "PCSO reach " + month, Map.of(classification, row.reach())),
                    disclosure.count(SECTION, "PCSO events " + month, Map.of(classification, row.events()))));
        }
        return reported;
    }

    /** Trends by one dimension of the figure rows; keys that are zero in all three quarters are left out. */
    private static List<Trend> referralsBy(List<ReferralFigureRow> rows, Function<ReferralFigureRow, String> dimension,
            TrendQuarters quarters, Disclosure disclosure) {
        return FigureTable.by(rows, dimension).trends(disclosure, SECTION, quarters).stream()
                .filter(t -> !allZero(t)).toList();
    }

    private static TimeToTriage timeToTriage(String quarter, Histogram histogram, Disclosure disclosure) {
        List<Bucket> buckets = histogram.buckets();
        long total = buckets.stream().mapToLong(Bucket::referrals).sum();
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
    static BigDecimal percentile(List<Bucket> histogram, long total, double p) {
        double h = p * (total - 1);
        long lowerRank = (long) Math.floor(h);
        double lower = valueAtRank(histogram, lowerRank);
        double upper = valueAtRank(histogram, Math.min(lowerRank + 1, total - 1));
        return BigDecimal.valueOf(lower + (h - lowerRank) * (upper - lower)).setScale(2, RoundingMode.HALF_UP);
    }

    private static double valueAtRank(List<Bucket> histogram, long rank) {
        long seen = 0;
        for (Bucket bucket : histogram) {
            seen += bucket.referrals();
            if (rank < seen) {
                return bucket.hours();
            }
        }
        return histogram.get(histogram.size() - 1).hours();
    }

    private static Classification classification(String column) {
        return Classification.parseOrHighest(column);
    }

    private static boolean allZero(Trend trend) {
        return isZero(trend.current()) && isZero(trend.previousQuarter()) && isZero(trend.sameQuarterLastYear());
    }

    private static boolean isZero(Count count) {
        return !count.suppressed() && count.value() == 0;
    }
}
