package uk.police.wm.rcs.ctu.summary;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.ctu.common.CtuConfig;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.summary.QuarterSummary.Figure;
import uk.police.wm.rcs.ctu.summary.QuarterSummary.RestrictedFigure;
import uk.police.wm.rcs.ctu.summary.QuarterSummary.Withheld;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * Counts a quarter's CTU activity at the caller's clearance: records above it (or with caveats the caller lacks)
 * are never counted, restricted Pursue operations appear only as their own count, and small counts are withheld
 * from everyone but SECRET-cleared CTU officers.
 */
@ApplicationScoped
public class SummaryService {

    /** Where a strand's records are: their table, the date that places them in a quarter, and which count. */
    private record Source(String table, String dateColumn, String condition) {
    }

    /** Each strand's source; restricted Pursue operations are counted apart. */
    private static final Map<FourP, Source> SOURCES = Map.of(
            FourP.PURSUE, new Source("pursue_operation", "opened_on", "not reporting_restricted"),
            FourP.PREVENT, new Source("prevent_case", "referred_on", "true"),
            FourP.PROTECT, new Source("protect_activity", "delivered_on", "true"),
            FourP.PREPARE, new Source("prepare_exercise", "held_on", "true"));

    private static final Source RESTRICTED = new Source("pursue_operation", "opened_on", "reporting_restricted");

    /** A count in the quarter and in the one before it. */
    record QuarterCounts(long current, long previous) {

        static final QuarterCounts NONE = new QuarterCounts(0, 0);

        QuarterCounts plus(QuarterCounts other) {
            return new QuarterCounts(current + other.current, previous + other.previous);
        }

        /** {@code n} records in the quarter ({@code inCurrent}) or in the one before. */
        static QuarterCounts of(boolean inCurrent, long n) {
            return inCurrent ? new QuarterCounts(n, 0) : new QuarterCounts(0, n);
        }
    }

    /** A row of a count query: whether its records fall in the current quarter, and how many. */
    private record CountRow(boolean inCurrent, long count) {
    }

    /** A row of a count-by-motivation query. */
    private record MotivationCountRow(String motivation, boolean inCurrent, long count) {
    }

    @Inject
    CtuConfig config;

    @Inject
    ThreatLevelService threatLevels;

    @Transactional
    public QuarterSummary summarise(FinancialQuarter quarter, Caller caller) {
        FinancialQuarter previous = quarter.previous();
        boolean exact = caller.hasRole("ctu-officer") && caller.clearance() == Classification.SECRET;
        int threshold = config.smallCountThreshold();
        List<Withheld> withheld = new ArrayList<>();
        if (caller.clearance() != Classification.SECRET) {
            withheld.add(new Withheld("*", "Records marked above " + caller.clearance()
                    + " are not counted: they are above your clearance."));
        }
        withheld.add(new Withheld("*", "Records carrying handling caveats you do not hold are not counted."));
        withheld.add(new Withheld("*", "Reporting-restricted Pursue operations are counted only in"
                + " restrictedPursueOperations, never by strand or motivation."));

        List<Figure<FourP>> byFourP = new ArrayList<>();
        Map<Motivation, QuarterCounts> motivations = new EnumMap<>(Motivation.class);
        for (FourP p : FourP.values()) {
            Source source = SOURCES.get(p);
            QuarterCounts counts = count(source, quarter, previous, caller);
            byFourP.add(figure(p, counts, exact, threshold, "byFourP." + p, withheld));
            if (p == FourP.PURSUE || p == FourP.PREVENT) {
                countByMotivation(source, quarter, previous, caller)
                        .forEach((m, c) -> motivations.merge(m, c, QuarterCounts::plus));
            }
        }
        List<Figure<Motivation>> byMotivation = new ArrayList<>();
        for (Motivation m : Motivation.values()) {
            byMotivation.add(figure(m, motivations.getOrDefault(m, QuarterCounts.NONE), exact, threshold,
                    "byMotivation." + m, withheld));
        }
        QuarterCounts restricted = count(RESTRICTED, quarter, previous, caller);
        RestrictedFigure restrictedFigure = new RestrictedFigure(restrictedOrNull(restricted.current(), threshold),
                restrictedOrNull(restricted.previous(), threshold));
        if (restrictedFigure.count() == null || restrictedFigure.previous() == null) {
            withheld.add(new Withheld("restrictedPursueOperations", "Published only when at least " + threshold
                    + "."));
        }
        return new QuarterSummary(quarter.toString(), previous.toString(), caller.clearance(), threshold,
                threatLevels.levelsOn(quarter.endExclusive().minusDays(1)), byFourP, byMotivation, restrictedFigure,
                withheld);
    }

    private static <K> Figure<K> figure(K key, QuarterCounts counts, boolean exact, int threshold, String name,
            List<Withheld> withheld) {
        Long now = exact ? Long.valueOf(counts.current()) : suppressed(counts.current(), threshold);
        Long before = exact ? Long.valueOf(counts.previous()) : suppressed(counts.previous(), threshold);
        if (now == null || before == null) {
            withheld.add(new Withheld(name, "Counts from 1 to " + (threshold - 1) + " are withheld."));
        }
        return new Figure<>(key, now, before);
    }

    private static Long suppressed(long count, int threshold) {
        return count > 0 && count < threshold ? null : count;
    }

    /** A restricted count is withheld whenever it is under the threshold, zero included. */
    private static Long restrictedOrNull(long count, int threshold) {
        return count >= threshold ? count : null;
    }

    /** Visible rows in [current, previous] quarter. */
    private QuarterCounts count(Source source, FinancialQuarter quarter, FinancialQuarter previous, Caller caller) {
        List<CountRow> rows = query("select " + source.dateColumn() + " >= :currentStart, count(*) from "
                + source.table(), source, "group by 1", quarter, previous, caller, CountRow.class);
        return rows.stream().map(row -> QuarterCounts.of(row.inCurrent(), row.count()))
                .reduce(QuarterCounts.NONE, QuarterCounts::plus);
    }

    private Map<Motivation, QuarterCounts> countByMotivation(Source source, FinancialQuarter quarter,
            FinancialQuarter previous, Caller caller) {
        List<MotivationCountRow> rows = query("select motivation, " + source.dateColumn() + " >= :currentStart,"
                + " count(*) from " + source.table(), source, "group by 1, 2", quarter, previous, caller,
                MotivationCountRow.class);
        Map<Motivation, QuarterCounts> counts = new EnumMap<>(Motivation.class);
        for (MotivationCountRow row : rows) {
            counts.merge(Motivation.valueOf(row.motivation()), QuarterCounts.of(row.inCurrent(), row.count()),
                    QuarterCounts::plus);
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private <R> List<R> query(String select, Source source, String groupBy, FinancialQuarter quarter,
            FinancialQuarter previous, Caller caller, Class<R> rowType) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("(" + source.condition() + ")")
                .and(source.dateColumn() + " >= :previousStart", "previousStart", previous.start())
                .and(source.dateColumn() + " < :currentEnd", "currentEnd", quarter.endExclusive())
                .param("currentStart", quarter.start());
        return where.bind(Panache.getEntityManager().createNativeQuery(select + where.sql() + " " + groupBy,
                rowType)).getResultList();
    }
}
