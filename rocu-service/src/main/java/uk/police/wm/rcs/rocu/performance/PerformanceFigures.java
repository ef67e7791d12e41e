package uk.police.wm.rcs.rocu.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.ForceBacklog;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.CrimeTypeCount;

/** The quarterly performance document's figures (report paras 44-45). */
public final class PerformanceFigures {
    private PerformanceFigures() {
    }

    /**
     * One line of a breakdown: approved and downgraded disruptions in this quarter, the previous quarter and the
     * same quarter a year before ({@code null} when suppressed as a small count).
     */
    public record Line(String key, Long current, Long previousQuarter, Long yearBefore) {
    }

    /** Counted disruptions by each dimension. */
    public record Disruptions(Line total, List<Line> byCrimeType, List<Line> byImpact, List<Line> byForce,
            List<Line> byAgency, List<Line> byCategory, List<Line> byActivityLevel) {
    }

    /** A disruption whose narrative the force marked as an operational highlight. */
    public record Highlight(String disruptionId, String force, String crimeType, LocalDate disruptedOn,
            String narrative, Classification classification, Set<String> caveats) {
    }

    /** Everything the document shows for one quarter. */
    public record QuarterFigures(FinancialQuarter quarter, FinancialQuarter previousQuarter,
            FinancialQuarter sameQuarterYearBefore, Disruptions disruptions, List<CrimeTypeCount> activeOcgsByCrimeType,
            List<ForceBacklog> moderationBacklog, List<Highlight> highlights, Instant computedAt) {
    }

    /** The document: live figures ("as moderated now") beside the frozen ones ("as reported"), if frozen. */
    public record PerformanceDocument(FinancialQuarter quarter, QuarterFigures asModeratedNow,
            QuarterFigures asReported, Instant frozenAt) {
    }
}
