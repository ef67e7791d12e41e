package uk.police.wm.rcs.rocu.performance;

import uk.police.wm.rcs.rocu.events.QuarterFrozenEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.moderation.ModerationService;
import uk.police.wm.rcs.rocu.ocg.OcgQueries;
import uk.police.wm.rcs.rocu.performance.Breakdowns.Cell;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Highlight;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.PerformanceDocument;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.QuarterFigures;

/**
 * The quarterly performance document: only approved and downgraded disruptions count, by moderated impact; a
 * frozen quarter keeps its figures as reported beside the live ones. Every figure counts only the records its reader
 * may see (need-to-know applies to figures too); a frozen quarter counts what its freezer could see and carries the
 * highest marking of what it counts.
 */
@ApplicationScoped
public class PerformanceService {

    /** Counts below this are suppressed for callers cleared only to OFFICIAL. */
    static final int SMALL_COUNT_THRESHOLD = 5;

    private static final String COUNTED = "status in ('APPROVED', 'DOWNGRADED')";

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

    /** The document for a caller: what it may see, and the frozen figures only when their marking covers it. */
    public PerformanceDocument document(FinancialQuarter quarter, Caller caller) {
        QuarterFigures live = figures(quarter, caller);
        PerformanceSnapshot frozen = PerformanceSnapshot.findById(quarter.toString());
        boolean shown = frozen != null && Visibility.canSee(caller, frozen.marking());
        return new PerformanceDocument(quarter, forCaller(live, caller),
                shown ? forCaller(read(frozen.figures), caller) : null, shown ? frozen.frozenAt : null);
    }

    /**
     * Freezes a quarter's figures as reported; a quarter is frozen once. The figures are those the freezing analyst
     * may see, and the snapshot (and its event) carries the highest marking of what they count, so a reader is shown
     * them only when cleared for every record behind them. (Not split per marking: the board reports one set of
     * figures per quarter.)
     */
    @Transactional
    public PerformanceSnapshot freeze(FinancialQuarter quarter, Caller caller) {
        if (PerformanceSnapshot.findById(quarter.toString()) != null) {
            throw Problems.conflict("already-frozen", "Quarter already frozen", quarter + " is already frozen.");
        }
        QuarterFigures figures = figures(quarter, caller);
        PerformanceSnapshot s = new PerformanceSnapshot();
        s.quarter = quarter.toString();
        s.frozenAt = Instant.now(clock);
        s.frozenBy = caller.subject();
        s.mark(markingOfWhatCounts(quarter, caller));
        try {
            s.figures = json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.persist();
        outbox.append(new QuarterFrozenEvent(s.quarter, s.frozenAt, figures.disruptions().total().current(),
                s.classification, s.marking().caveats()));
        return s;
    }

    /** Every figure of a quarter that the caller may see. */
    QuarterFigures figures(FinancialQuarter quarter, Caller caller) {
        return new QuarterFigures(quarter, quarter.previous(), quarter.sameQuarterYearBefore(),
                Breakdowns.of(cells(quarter, caller), cells(quarter.previous(), caller),
                        cells(quarter.sameQuarterYearBefore(), caller)),
                ocgs.activeByCrimeType(caller).byCrimeType(), moderation.backlog(caller), highlights(quarter, caller),
                Instant.now(clock));
    }

    /** The counted disruptions of a quarter the caller may see. */
    private static SqlFilter counted(FinancialQuarter q, Caller caller) {
        return SqlFilter.visibleTo(caller).and(COUNTED).and("disrupted_on >= :from", "from", q.start())
                .and("disrupted_on < :to", "to", q.endExclusive());
    }

    /** The quarter's counted disruptions per combination of the breakdowns, each row read into a {@link Cell}. */
    @SuppressWarnings("unchecked")
    private List<Cell> cells(FinancialQuarter q, Caller caller) {
        SqlFilter where = counted(q, caller);
        return where.bind(em.createNativeQuery("select crime_type, moderated_impact, force, lead_agency,"
                + " category, activity_level, count(*) from disruption" + where.sql() + " group by 1, 2, 3, 4, 5, 6",
                Cell.class)).getResultList();
    }

    private List<Highlight> highlights(FinancialQuarter q, Caller caller) {
        SqlFilter where = counted(q, caller).and("highlight");
        @SuppressWarnings("unchecked")
        List<Disruption> rows = where.bind(em.createNativeQuery("select * from disruption" + where.sql()
                + " order by disrupted_on, id", Disruption.class)).getResultList();
        return rows.stream().map(d -> new Highlight(d.id.toString(), d.force.name(), d.crimeType.name(),
                d.disruptedOn, d.narrative, d.classification, d.marking().caveats())).toList();
    }

    /**
     * The highest marking of the records a frozen quarter counts for this caller: the disruptions counted in its three
     * quarters and in the backlog, and the active OCGs.
     */
    private SecurityMarking markingOfWhatCounts(FinancialQuarter q, Caller caller) {
        List<MarkingRow> rows = new ArrayList<>();
        for (FinancialQuarter counted : List.of(q, q.previous(), q.sameQuarterYearBefore())) {
            rows.addAll(markings("disruption", counted(counted, caller)));
        }
        rows.addAll(markings("disruption", SqlFilter.visibleTo(caller)
                .and("status in ('CLAIMED', 'RETURNED_FOR_INFORMATION')")));
        rows.addAll(markings("ocg", SqlFilter.visibleTo(caller).and("status = 'ACTIVE'")));
        Classification highest = Classification.OFFICIAL;
        Set<String> caveats = new TreeSet<>();
        for (MarkingRow row : rows) {
            Classification level = Classification.valueOf(row.classification());
            highest = level.covers(highest) ? level : highest;
            caveats.addAll(Arrays.asList(row.caveats()));
        }
        return SecurityMarking.of(highest, caveats);
    }

    /** A marking found among the records counted: its two stored columns. */
    private record MarkingRow(String classification, String[] caveats) {
    }

    @SuppressWarnings("unchecked")
    private List<MarkingRow> markings(String table, SqlFilter where) {
        return where.bind(em.createNativeQuery("select distinct classification, caveats from " + table
                + where.sql(), MarkingRow.class)).getResultList();
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
}
