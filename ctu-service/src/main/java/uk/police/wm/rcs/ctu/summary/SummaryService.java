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

    /** Table, date column and extra condition of each strand; restricted Pursue operations are counted apart. */
    private static final Map<FourP, String[]> SOURCES = Map.of(
            FourP.PURSUE, new String[] {"pursue_operation", "opened_on", "not reporting_restricted"},
            FourP.PREVENT, new String[] {"prevent_case", "referred_on", "true"},
            FourP.PROTECT, new String[] {"protect_activity", "delivered_on", "true"},
            FourP.PREPARE, new String[] {"prepare_exercise", "held_on", "true"});

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
        Map<Motivation, long[]> motivations = new EnumMap<>(Motivation.class);
        for (FourP p : FourP.values()) {
            String[] source = SOURCES.get(p);
            long[] counts = count(source[0], source[1], source[2], quarter, previous, caller);
            byFourP.add(figure(p, counts, exact, threshold, "byFourP." + p, withheld));
            if (p == FourP.PURSUE || p == FourP.PREVENT) {
                countByMotivation(source[0], source[1], source[2], quarter, previous, caller)
                        .forEach((m, c) -> motivations.merge(m, c, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
            }
        }
        List<Figure<Motivation>> byMotivation = new ArrayList<>();
        for (Motivation m : Motivation.values()) {
            byMotivation.add(figure(m, motivations.getOrDefault(m, new long[2]), exact, threshold,
                    "byMotivation." + m, withheld));
        }
        long[] restricted = count("pursue_operation", "opened_on", "reporting_restricted", quarter, previous, caller);
        RestrictedFigure restrictedFigure = new RestrictedFigure(restrictedOrNull(restricted[0], threshold),
                restrictedOrNull(restricted[1], threshold));
        if (restrictedFigure.count() == null || restrictedFigure.previous() == null) {
            withheld.add(new Withheld("restrictedPursueOperations", "Published only when at least " + threshold
                    + "."));
        }
        return new QuarterSummary(quarter.toString(), previous.toString(), caller.clearance(), threshold,
                threatLevels.levelsOn(quarter.endExclusive().minusDays(1)), byFourP, byMotivation, restrictedFigure,
                withheld);
    }

    private static <K> Figure<K> figure(K key, long[] counts, boolean exact, int threshold, String name,
            List<Withheld> withheld) {
        Long now = exact ? Long.valueOf(counts[0]) : suppressed(counts[0], threshold);
        Long before = exact ? Long.valueOf(counts[1]) : suppressed(counts[1], threshold);
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
    private long[] count(String table, String dateColumn, String condition, FinancialQuarter quarter,
            FinancialQuarter previous, Caller caller) {
        List<?> rows = query("select " + dateColumn + " >= :currentStart, count(*) from " + table, dateColumn,
                condition, "group by 1", quarter, previous, caller);
        long[] counts = new long[2];
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts[Boolean.TRUE.equals(r[0]) ? 0 : 1] = ((Number) r[1]).longValue();
        }
        return counts;
    }

    private Map<Motivation, long[]> countByMotivation(String table, String dateColumn, String condition,
            FinancialQuarter quarter, FinancialQuarter previous, Caller caller) {
        List<?> rows = query("select motivation, " + dateColumn + " >= :currentStart, count(*) from " + table,
                dateColumn, condition, "group by 1, 2", quarter, previous, caller);
        Map<Motivation, long[]> counts = new EnumMap<>(Motivation.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.computeIfAbsent(Motivation.valueOf((String) r[0]), m -> new long[2])
                    [Boolean.TRUE.equals(r[1]) ? 0 : 1] = ((Number) r[2]).longValue();
        }
        return counts;
    }

    private List<?> query(String select, String dateColumn, String condition, String groupBy,
            FinancialQuarter quarter, FinancialQuarter previous, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("(" + condition + ")")
                .and(dateColumn + " >= :previousStart", "previousStart", previous.start())
                .and(dateColumn + " < :currentEnd", "currentEnd", quarter.endExclusive())
                .param("currentStart", quarter.start());
        return where.bind(Panache.getEntityManager().createNativeQuery(select + where.sql() + " " + groupBy))
                .getResultList();
    }
}
