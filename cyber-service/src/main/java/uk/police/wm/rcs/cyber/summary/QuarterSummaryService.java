package uk.police.wm.rcs.cyber.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.cyber.referral.CrimeClass;
import uk.police.wm.rcs.cyber.referral.ReferralIntakeService;
import uk.police.wm.rcs.cyber.referral.TriageOutcome;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.Compared;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.PcsoReach;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.ProtectReach;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.TimeToTriage;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.VictimContact;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Computes the quarterly summary from the referrals received in each quarter (West Midlands local time). */
@ApplicationScoped
public class QuarterSummaryService {

    /** Outcome key for referrals of the quarter not triaged yet. */
    public static final String UNTRIAGED = "UNTRIAGED";

    @Inject
    EntityManager em;

    /** The summary of a quarter beside the one before it, read in one read-only transaction. */
    @Transactional
    public QuarterSummary summarise(FinancialQuarter quarter) {
        // a quarter's triage times (tens of thousands) sort in memory rather than spilling to disk
        em.createNativeQuery("SELECT set_config('work_mem', '64MB', true)").getSingleResult();
        ReferralFigures[] figures = referralFigures(quarter);
        ReferralFigures current = figures[1];
        ReferralFigures previous = figures[0];
        return new QuarterSummary(quarter.toString(), quarter.previous().toString(),
                new Compared<>(current.byClass, previous.byClass),
                new Compared<>(current.byOutcome, previous.byOutcome),
                new Compared<>(current.timeToTriage, previous.timeToTriage),
                new Compared<>(current.victimContact, previous.victimContact),
                new Compared<>(planRag(quarter), planRag(quarter.previous())),
                new Compared<>(pcsoReach(quarter), pcsoReach(quarter.previous())),
                new Compared<>(protectReach(quarter), protectReach(quarter.previous())));
    }

    /** Each action's RAG as at the quarter's end: its latest progress note dated before then. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> planRag(FinancialQuarter quarter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String rag : List.of("RED", "AMBER", "GREEN")) {
            counts.put(rag, 0L);
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT rag, count(*) FROM (
                    SELECT DISTINCT ON (action_id) action_id, rag FROM plan_progress_note
                     WHERE noted_on < ?1 ORDER BY action_id, noted_on DESC, id) latest
                 GROUP BY rag
                """).setParameter(1, quarter.endExclusive()).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private PcsoReach pcsoReach(FinancialQuarter quarter) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT coalesce(sum(reach), 0), count(*) FROM pcso_month WHERE month >= ?1 AND month < ?2")
                .setParameter(1, quarter.start()).setParameter(2, quarter.endExclusive()).getSingleResult();
        long total = ((Number) row[0]).longValue();
        int months = ((Number) row[1]).intValue();
        return new PcsoReach(total, months, months == 0 ? null : Math.round(total / (double) months));
    }

    private ProtectReach protectReach(FinancialQuarter quarter) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT count(*), coalesce(sum(reach), 0) FROM protect_campaign WHERE month >= ?1 AND month < ?2")
                .setParameter(1, quarter.start()).setParameter(2, quarter.endExclusive()).getSingleResult();
        return new ProtectReach(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** One quarter's referral figures as they are accumulated. */
    private static final class ReferralFigures {
        final Map<String, Long> byClass = new LinkedHashMap<>();
        final Map<String, Long> byOutcome = new LinkedHashMap<>();
        TimeToTriage timeToTriage = new TimeToTriage(0, null, null);
        VictimContact victimContact;
        long received;
        long contacted;

        ReferralFigures() {
            for (CrimeClass c : CrimeClass.values()) {
                byClass.put(c.name(), 0L);
            }
            for (TriageOutcome o : TriageOutcome.values()) {
                byOutcome.put(o.name(), 0L);
            }
            byOutcome.put(UNTRIAGED, 0L);
        }
    }

    /**
     * Both quarters in two statements over the covering index on {@code received_at}: counts by class and outcome,
     * then the percentiles of the triaged ones (index [0] the previous quarter, [1] the quarter asked for).
     */
    @SuppressWarnings("unchecked")
    private ReferralFigures[] referralFigures(FinancialQuarter quarter) {
        OffsetDateTime from = startOf(quarter.previous().start());
        OffsetDateTime middle = startOf(quarter.start());
        OffsetDateTime to = startOf(quarter.endExclusive());
        ReferralFigures[] figures = {new ReferralFigures(), new ReferralFigures()};
        List<Object[]> counts = em.createNativeQuery("""
                SELECT received_at >= ?2, crime_class, triage_outcome, count(*), count(victim_contacted_on)
                  FROM referral
                 WHERE received_at >= ?1 AND received_at < ?3
                 GROUP BY 1, 2, 3
                """).setParameter(1, from).setParameter(2, middle).setParameter(3, to).getResultList();
        for (Object[] row : counts) {
            ReferralFigures f = figures[Boolean.TRUE.equals(row[0]) ? 1 : 0];
            long count = ((Number) row[3]).longValue();
            f.byClass.merge((String) row[1], count, Long::sum);
            f.byOutcome.merge(row[2] == null ? UNTRIAGED : (String) row[2], count, Long::sum);
            f.received += count;
            f.contacted += ((Number) row[4]).longValue();
        }
        // one statement per quarter: no grouping sort before the ordered-set aggregate's own sort
        timeToTriage(figures[0], from, middle);
        timeToTriage(figures[1], middle, to);
        for (ReferralFigures f : figures) {
            f.victimContact = new VictimContact(f.received, f.contacted, f.received == 0 ? null
                    : BigDecimal.valueOf(f.contacted).divide(BigDecimal.valueOf(f.received), 4, RoundingMode.HALF_UP));
        }
        return figures;
    }

    private void timeToTriage(ReferralFigures figures, OffsetDateTime from, OffsetDateTime to) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at))
                  FROM referral
                 WHERE received_at >= ?1 AND received_at < ?2 AND triaged_at IS NOT NULL
                """).setParameter(1, from).setParameter(2, to).getSingleResult();
        figures.timeToTriage = new TimeToTriage(((Number) row[0]).longValue(), hours(row[1]), hours(row[2]));
    }

    private static OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ReferralIntakeService.ZONE).toOffsetDateTime();
    }

    private static BigDecimal hours(Object seconds) {
        return seconds == null ? null
                : BigDecimal.valueOf(((Number) seconds).doubleValue()).divide(BigDecimal.valueOf(3600), 2,
                        RoundingMode.HALF_UP);
    }
}
