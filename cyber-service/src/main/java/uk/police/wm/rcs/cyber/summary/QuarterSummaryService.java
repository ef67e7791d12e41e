package uk.police.wm.rcs.cyber.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionOutcome;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.Compared;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.PcsoReach;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.PreventFigures;
import uk.police.wm.rcs.cyber.summary.QuarterSummary.ProtectReach;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/** The quarterly summary: referral figures from their read model, plan, PCSO, Protect and Prevent figures. */
@ApplicationScoped
public class QuarterSummaryService {

    /** Outcome key for referrals of the quarter not triaged yet. */
    public static final String UNTRIAGED = "UNTRIAGED";

    @Inject
    EntityManager em;

    @Inject
    ReferralFigures referralFigures;

    /**
     * The summary of a quarter beside the one before it, read in one read-only REPEATABLE READ transaction: every
     * statement sees the same snapshot, so the triaged count and the percentile positions agree. The referral
     * figures count only the referrals the caller may see.
     */
    @Transactional
    public QuarterSummary summarise(FinancialQuarter quarter, Caller caller) {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        List<FinancialQuarter> quarters = List.of(quarter, quarter.previous());
        List<ReferralFigures.Figures> figures = referralFigures.of(quarters, caller);
        ReferralFigures.Figures current = figures.get(0);
        ReferralFigures.Figures previous = figures.get(1);
        List<Outreach> outreach = outreach(quarters);
        return new QuarterSummary(quarter.toString(), quarter.previous().toString(),
                new Compared<>(current.byClass(), previous.byClass()),
                new Compared<>(current.byOutcome(), previous.byOutcome()),
                new Compared<>(current.timeToTriage(), previous.timeToTriage()),
                new Compared<>(current.victimContact(), previous.victimContact()),
                new Compared<>(planRag(quarter), planRag(quarter.previous())),
                new Compared<>(outreach.get(0).pcso(), outreach.get(1).pcso()),
                new Compared<>(outreach.get(0).protect(), outreach.get(1).protect()),
                new Compared<>(outreach.get(0).prevent(), outreach.get(1).prevent()));
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

    /** The quarter's PCSO, Protect and Prevent figures. */
    private record Outreach(PcsoReach pcso, ProtectReach protect, PreventFigures prevent) {
    }

    /** The quarters' small-table figures: one row of sums per quarter, then Prevent by outcome for both at once. */
    @SuppressWarnings("unchecked")
    private List<Outreach> outreach(List<FinancialQuarter> quarters) {
        Object[][] sums = new Object[quarters.size()][];
        List<Map<String, Long>> byOutcome = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            FinancialQuarter q = quarters.get(i);
            sums[i] = (Object[]) em.createNativeQuery(OUTREACH_SUMS).setParameter(1, q.start())
                    .setParameter(2, q.endExclusive()).getSingleResult();
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (InterventionOutcome o : InterventionOutcome.values()) {
                outcomes.put(o.name(), 0L);
            }
            byOutcome.add(outcomes);
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT intervened_on >= ?2, outcome, count(*) FROM prevent_intervention
                 WHERE intervened_on >= ?1 AND intervened_on < ?3 GROUP BY 1, 2
                """).setParameter(1, quarters.get(1).start()).setParameter(2, quarters.get(0).start())
                .setParameter(3, quarters.get(0).endExclusive()).getResultList();
        rows.forEach(row -> byOutcome.get(Boolean.TRUE.equals(row[0]) ? 0 : 1).put((String) row[1], number(row[2])));
        List<Outreach> result = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            Object[] r = sums[i];
            long months = number(r[1]);
            long interventions = byOutcome.get(i).values().stream().mapToLong(Long::longValue).sum();
            Long average = months == 0 ? null : Math.round(number(r[0]) / (double) months);
            result.add(new Outreach(new PcsoReach(number(r[0]), (int) months, average),
                    new ProtectReach(number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6]),
                            number(r[7])),
                    new PreventFigures(interventions, byOutcome.get(i), number(r[8]), number(r[9]))));
        }
        return result;
    }

    /** One quarter's sums ([?1, ?2) by month or day) from the small outreach tables. */
    private static final String OUTREACH_SUMS = """
            SELECT (SELECT coalesce(sum(reach), 0) FROM pcso_month WHERE month >= ?1 AND month < ?2),
                   (SELECT count(*) FROM pcso_month WHERE month >= ?1 AND month < ?2),
                   (SELECT count(*) FROM protect_campaign WHERE month >= ?1 AND month < ?2),
                   (SELECT coalesce(sum(reach), 0) FROM protect_campaign WHERE month >= ?1 AND month < ?2),
                   (SELECT coalesce(sum(smes_engaged), 0) FROM cyber_essentials_month WHERE month >= ?1 AND month < ?2),
                   (SELECT coalesce(sum(certifications), 0) FROM cyber_essentials_month WHERE month >= ?1 AND month < ?2),
                   (SELECT count(*) FROM outreach_event WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PROTECT'),
                   (SELECT coalesce(sum(attendees), 0) FROM outreach_event
                     WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PROTECT'),
                   (SELECT count(*) FROM outreach_event WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PREVENT'),
                   (SELECT coalesce(sum(attendees), 0) FROM outreach_event
                     WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PREVENT')
            """;

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
