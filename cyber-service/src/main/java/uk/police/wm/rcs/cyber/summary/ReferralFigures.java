package uk.police.wm.rcs.cyber.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.cyber.events.CrimeClass;
import uk.police.wm.rcs.cyber.events.TriageOutcome;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.TimeToTriage;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.VictimContact;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * A quarter's referral figures from the read model, never scanning the quarter's referrals: counts from
 * {@code referral_quarter_count}, and the exact median and 90th percentile of time to triage by reading only the
 * values at the interpolation positions from the index on (received_quarter, triage_seconds). Callers run it in
 * one REPEATABLE READ transaction so the counts and the index agree.
 */
@ApplicationScoped
public class ReferralFigures {

    /** One quarter's figures. */
    public record Figures(Map<String, Long> byClass, Map<String, Long> byOutcome, TimeToTriage timeToTriage,
            VictimContact victimContact) {
    }

    /** The percentiles reported: median and 90th. */
    private static final double[] PERCENTILES = {0.5, 0.9};

    @Inject
    EntityManager em;

    /** A row of the read model summed per quarter, class and outcome. */
    private record CountRow(LocalDate quarterStart, String crimeClass, String outcome, long referrals,
            long contacted) {
    }

    /** One quarter's counts, summed from its rows. */
    private static final class QuarterTally {

        final Map<String, Long> byClass = zeroes(CrimeClass.values(), false);
        final Map<String, Long> byOutcome = zeroes(TriageOutcome.values(), true);
        long received;
        long contacted;

        void add(CountRow row) {
            byClass.merge(row.crimeClass(), row.referrals(), Long::sum);
            byOutcome.merge(row.outcome(), row.referrals(), Long::sum);
            received += row.referrals();
            contacted += row.contacted();
        }

        long triaged() {
            return received - byOutcome.get(QuarterSummaryService.UNTRIAGED);
        }
    }

    /** A value of time to triage read at one percentile position; {@code part} names the quarter and percentile. */
    private record PositionValue(int part, double triageSeconds) {
    }

    /**
     * The figures of each quarter asked for, in the same order, counting only the referrals the caller may see
     * (need-to-know, {@link VisibleRows}): a referral the reader is not cleared for is in no count and no percentile.
     */
    @SuppressWarnings("unchecked")
    public List<Figures> of(List<FinancialQuarter> quarters, Caller caller) {
        List<LocalDate> starts = quarters.stream().map(FinancialQuarter::start).toList();
        List<QuarterTally> tallies = starts.stream().map(start -> new QuarterTally()).toList();
        Query query = em.createNativeQuery("""
                SELECT quarter_start, crime_class, outcome, sum(referrals)::bigint AS referrals,
                       sum(contacted)::bigint AS contacted
                  FROM referral_quarter_count
                 WHERE quarter_start IN (:quarters) AND %s
                 GROUP BY 1, 2, 3
                """.formatted(VisibleRows.CONDITION), CountRow.class).setParameter("quarters", starts);
        VisibleRows.bind(query, caller);
        for (CountRow row : (List<CountRow>) query.getResultList()) {
            tallies.get(starts.indexOf(row.quarterStart())).add(row);
        }
        List<Long> triaged = tallies.stream().map(QuarterTally::triaged).toList();
        List<TimeToTriage> times = timesToTriage(starts, triaged, caller);
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            QuarterTally t = tallies.get(i);
            figures.add(new Figures(t.byClass, t.byOutcome, times.get(i),
                    new VictimContact(t.received, t.contacted, t.received == 0 ? null
                            : BigDecimal.valueOf(t.contacted).divide(BigDecimal.valueOf(t.received), 4,
                                    RoundingMode.HALF_UP))));
        }
        return figures;
    }

    /**
     * Median and p90 as PostgreSQL's percentile_cont computes them (Hyndman-Fan type 7): position h = p(n-1), the
     * values at floor(h) and ceil(h), lo + (h - floor h)(hi - lo) in double precision. Every position of every
     * quarter is read in one statement, each part an index-only scan of its quarter stopping at its position.
     */
    @SuppressWarnings("unchecked")
    private List<TimeToTriage> timesToTriage(List<LocalDate> starts, List<Long> triaged, Caller caller) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        int part = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (triaged.get(i) == 0) {
                continue;
            }
            for (double p : PERCENTILES) {
                double h = p * (triaged.get(i) - 1);
                long first = (long) Math.floor(h);
                int n = parameters.size();
                sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("(SELECT ").append(++part)
                        .append(" AS part, triage_seconds FROM referral WHERE received_quarter = :q").append(n)
                        .append(" AND triage_seconds IS NOT NULL AND ").append(VisibleRows.CONDITION)
                        .append(" ORDER BY triage_seconds OFFSET :q").append(n + 1).append(" LIMIT :q").append(n + 2)
                        .append(')');
                parameters.addAll(List.of(starts.get(i), first, (long) Math.ceil(h) - first + 1));
            }
        }
        Map<Integer, List<Double>> values = new HashMap<>();
        if (!parameters.isEmpty()) {
            Query query = VisibleRows.bind(em.createNativeQuery(sql.toString(), PositionValue.class), caller);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter("q" + i, parameters.get(i));
            }
            for (PositionValue row : (List<PositionValue>) query.getResultList()) {
                values.computeIfAbsent(row.part(), k -> new ArrayList<>()).add(row.triageSeconds());
            }
        }
        List<TimeToTriage> times = new ArrayList<>();
        part = 0;
        for (long n : triaged) {
            if (n == 0) {
                times.add(new TimeToTriage(0, null, null));
                continue;
            }
            BigDecimal[] hours = new BigDecimal[PERCENTILES.length];
            for (int k = 0; k < PERCENTILES.length; k++) {
                hours[k] = hours(interpolate(PERCENTILES[k], n, values.get(++part)));
            }
            times.add(new TimeToTriage(n, hours[0], hours[1]));
        }
        return times;
    }

    /** percentile_cont's interpolation between the values at floor(h) and ceil(h) (one value when they coincide). */
    static double interpolate(double p, long n, List<Double> atPositions) {
        List<Double> sorted = atPositions.stream().sorted().toList();
        double h = p * (n - 1);
        double first = Math.floor(h);
        double lo = sorted.get(0);
        if (first == Math.ceil(h)) {
            return lo;
        }
        return lo + ((h - first) * (sorted.get(1) - lo));
    }

    private static Map<String, Long> zeroes(Enum<?>[] keys, boolean untriaged) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> key : keys) {
            map.put(key.name(), 0L);
        }
        if (untriaged) {
            map.put(QuarterSummaryService.UNTRIAGED, 0L);
        }
        return map;
    }

    private static BigDecimal hours(double seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
