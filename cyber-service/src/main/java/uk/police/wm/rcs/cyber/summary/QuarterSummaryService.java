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
        List<RagCount> rows = em.createNativeQuery("""
                SELECT rag, count(*) AS actions FROM (
                    SELECT DISTINCT ON (action_id) action_id, rag FROM plan_progress_note
                     WHERE noted_on < ?1 ORDER BY action_id, noted_on DESC, id) latest
                 GROUP BY rag
                """, RagCount.class).setParameter(1, quarter.endExclusive()).getResultList();
        rows.forEach(row -> counts.put(row.rag(), row.actions()));
        return counts;
    }

    /** How many actions stood at a RAG. */
    private record RagCount(String rag, long actions) {
    }

    /** The quarter's PCSO, Protect and Prevent figures. */
    private record Outreach(PcsoReach pcso, ProtectReach protect, PreventFigures prevent) {
    }

    /** One quarter's sums from the small outreach tables ({@link #OUTREACH_SUMS}, in its column order). */
    private record OutreachSums(long pcsoReach, long pcsoMonths, long protectCampaigns, long protectReach,
            long smesEngaged, long certifications, long protectEvents, long protectAttendees, long preventEvents,
            long preventAttendees) {
    }

    /** Prevent interventions of one outcome in the current quarter ({@code inCurrent}) or the one before. */
    private record OutcomeCount(boolean inCurrent, String outcome, long interventions) {
    }

    /** The quarters' small-table figures: one row of sums per quarter, then Prevent by outcome for both at once. */
    @SuppressWarnings("unchecked")
    private List<Outreach> outreach(List<FinancialQuarter> quarters) {
        List<OutreachSums> sums = new ArrayList<>();
        List<Map<String, Long>> byOutcome = new ArrayList<>();
        for (FinancialQuarter q : quarters) {
            sums.add((OutreachSums) em.createNativeQuery(OUTREACH_SUMS, OutreachSums.class)
                    .setParameter(1, q.start()).setParameter(2, q.endExclusive()).getSingleResult());
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (InterventionOutcome o : InterventionOutcome.values()) {
                outcomes.put(o.name(), 0L);
            }
            byOutcome.add(outcomes);
        }
        List<OutcomeCount> rows = em.createNativeQuery("""
                SELECT intervened_on >= ?2 AS in_current, outcome, count(*) AS interventions FROM prevent_intervention
                 WHERE intervened_on >= ?1 AND intervened_on < ?3 GROUP BY 1, 2
                """, OutcomeCount.class).setParameter(1, quarters.get(1).start())
                .setParameter(2, quarters.get(0).start()).setParameter(3, quarters.get(0).endExclusive())
                .getResultList();
        rows.forEach(row -> byOutcome.get(row.inCurrent() ? 0 : 1).put(row.outcome(), row.interventions()));
        List<Outreach> result = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            OutreachSums r = sums.get(i);
            long interventions = byOutcome.get(i).values().stream().mapToLong(Long::longValue).sum();
            Long average = r.pcsoMonths() == 0 ? null : Math.round(r.pcsoReach() / (double) r.pcsoMonths());
            result.add(new Outreach(new PcsoReach(r.pcsoReach(), (int) r.pcsoMonths(), average),
                    new ProtectReach(r.protectCampaigns(), r.protectReach(), r.smesEngaged(), r.certifications(),
                            r.protectEvents(), r.protectAttendees()),
                    new PreventFigures(interventions, byOutcome.get(i), r.preventEvents(), r.preventAttendees())));
        }
        return result;
    }

    /** One quarter's sums ([?1, ?2) by month or day) from the small outreach tables. */
    private static final String OUTREACH_SUMS = """
            SELECT (SELECT coalesce(sum(reach), 0) FROM pcso_month WHERE month >= ?1 AND month < ?2) AS pcso_reach,
                   (SELECT count(*) FROM pcso_month WHERE month >= ?1 AND month < ?2) AS pcso_months,
                   (SELECT count(*) FROM protect_campaign WHERE month >= ?1 AND month < ?2) AS protect_campaigns,
                   (SELECT coalesce(sum(reach), 0) FROM protect_campaign WHERE month >= ?1 AND month < ?2)
                     AS protect_reach,
                   (SELECT coalesce(sum(smes_engaged), 0) FROM cyber_essentials_month WHERE month >= ?1 AND month < ?2)
                     AS smes_engaged,
                   (SELECT coalesce(sum(certifications), 0) FROM cyber_essentials_month WHERE month >= ?1 AND month < ?2)
                     AS certifications,
                   (SELECT count(*) FROM outreach_event WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PROTECT')
                     AS protect_events,
                   (SELECT coalesce(sum(attendees), 0) FROM outreach_event
                     WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PROTECT') AS protect_attendees,
                   (SELECT count(*) FROM outreach_event WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PREVENT')
                     AS prevent_events,
                   (SELECT coalesce(sum(attendees), 0) FROM outreach_event
                     WHERE held_on >= ?1 AND held_on < ?2 AND strand = 'PREVENT') AS prevent_attendees
            """;
}
