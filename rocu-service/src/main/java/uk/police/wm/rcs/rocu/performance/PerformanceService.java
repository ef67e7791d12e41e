package uk.police.wm.rcs.rocu.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;
import uk.police.wm.rcs.rocu.moderation.ModerationService;
import uk.police.wm.rcs.rocu.ocg.OcgQueries;
import uk.police.wm.rcs.rocu.performance.Breakdowns.Cell;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Highlight;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.PerformanceDocument;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.QuarterFigures;

/**
 * The quarterly performance document: only approved and downgraded disruptions count, by moderated impact; a
 * frozen quarter keeps its figures as reported beside the live ones.
 */
@ApplicationScoped
public class PerformanceService {

    /** Counts below this are suppressed for callers cleared only to OFFICIAL. */
    static final int SMALL_COUNT_THRESHOLD = 5;

    private static final String COUNTED = "status in ('APPROVED', 'DOWNGRADED') and disrupted_on >= ?1"
            + " and disrupted_on < ?2";

    @Inject
    EntityManager em;

    @Inject
    OcgQueries ocgs;

    @Inject
    ModerationService moderation;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The document for a caller: counts of every record, highlights only those it may see. */
    public PerformanceDocument document(FinancialQuarter quarter, Caller caller) {
        QuarterFigures live = figures(quarter, caller);
        PerformanceSnapshot frozen = PerformanceSnapshot.findById(quarter.toString());
        QuarterFigures reported = frozen == null ? null : read(frozen.figures);
        return new PerformanceDocument(quarter, forCaller(live, caller),
                reported == null ? null : forCaller(reported, caller), frozen == null ? null : frozen.frozenAt);
    }

    /** Freezes a quarter's figures as reported; a quarter is frozen once. */
    @Transactional
    public PerformanceSnapshot freeze(FinancialQuarter quarter, Caller caller) {
        if (PerformanceSnapshot.findById(quarter.toString()) != null) {
            throw Problems.conflict("already-frozen", "Quarter already frozen", quarter + " is already frozen.");
        }
        QuarterFigures figures = figures(quarter, null);
        PerformanceSnapshot s = new PerformanceSnapshot();
        s.quarter = quarter.toString();
        s.frozenAt = Instant.now(clock);
        s.frozenBy = caller.subject();
        try {
            s.figures = json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.persist();
        outbox.append(QuarterFrozenEvent.AGGREGATE, s.quarter, QuarterFrozenEvent.TYPE,
                new QuarterFrozenEvent(s.quarter, s.frozenAt, figures.disruptions().total().current()));
        return s;
    }

    /** Every figure of a quarter, with all highlights (filtered per caller when shown). */
    QuarterFigures figures(FinancialQuarter quarter, Caller caller) {
        return new QuarterFigures(quarter, quarter.previous(), quarter.sameQuarterYearBefore(),
                Breakdowns.of(cells(quarter), cells(quarter.previous()), cells(quarter.sameQuarterYearBefore())),
                ocgs.activeByCrimeType().byCrimeType(), moderation.backlog(), highlights(quarter),
                Instant.now(clock));
    }

    private List<Cell> cells(FinancialQuarter q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select crime_type, moderated_impact, force, lead_agency,"
                + " category, activity_level, count(*) from disruption where " + COUNTED
                + " group by 1, 2, 3, 4, 5, 6").setParameter(1, q.start()).setParameter(2, q.endExclusive())
                .getResultList();
        return rows.stream().map(r -> new Cell((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).longValue())).toList();
    }

    private List<Highlight> highlights(FinancialQuarter q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), force, crime_type, disrupted_on,"
                + " narrative, classification, caveats from disruption where highlight and " + COUNTED
                + " order by disrupted_on, id").setParameter(1, q.start()).setParameter(2, q.endExclusive())
                .getResultList();
        return rows.stream().map(r -> new Highlight((String) r[0], (String) r[1], (String) r[2], toDate(r[3]),
                (String) r[4], Classification.valueOf((String) r[5]),
                ((String) r[6]).isEmpty() ? java.util.Set.of() : java.util.Set.of(((String) r[6]).split(","))))
                .toList();
    }

    private static QuarterFigures forCaller(QuarterFigures f, Caller caller) {
        boolean suppress = !caller.clearance().covers(Classification.OFFICIAL_SENSITIVE);
        return new QuarterFigures(f.quarter(), f.previousQuarter(), f.sameQuarterYearBefore(),
                suppress ? Breakdowns.suppressed(f.disruptions(), SMALL_COUNT_THRESHOLD) : f.disruptions(),
                f.activeOcgsByCrimeType(), f.moderationBacklog(),
                f.highlights().stream().filter(h -> Visibility.canSee(caller,
                        new SecurityMarking(h.classification(), h.caveats()))).toList(), f.computedAt());
    }

    private QuarterFigures read(String text) {
        try {
            return json.readValue(text, QuarterFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable performance snapshot", e);
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
