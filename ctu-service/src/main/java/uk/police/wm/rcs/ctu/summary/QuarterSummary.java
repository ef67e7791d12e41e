package uk.police.wm.rcs.ctu.summary;

import java.util.List;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.threatlevel.LevelInForce;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * A quarter's CTU activity as the caller may see it: counts by 4 P and by motivation beside the previous quarter.
 * A {@code null} count is withheld; {@code withheld} says which figures and why.
 */
public record QuarterSummary(
        String quarter, String previousQuarter, Classification computedAtClearance, int smallCountThreshold,
        List<LevelInForce> threatLevelsAtQuarterEnd, List<Figure<FourP>> byFourP,
        List<Figure<Motivation>> byMotivation, RestrictedFigure restrictedPursueOperations, List<Withheld> withheld) {

    /** One count this quarter and the previous. */
    public record Figure<K>(K key, Long count, Long previous) {
    }

    /** Reporting-restricted Pursue operations: only ever a count, withheld under the threshold. */
    public record RestrictedFigure(Long count, Long previous) {
    }

    /** A figure (or class of records) left out, and why. */
    public record Withheld(String figure, String reason) {
    }
}
