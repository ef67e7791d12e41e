package uk.police.wm.rcs.rocu.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.performance.Breakdowns.Cell;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Disruptions;
import uk.police.wm.rcs.rocu.performance.PerformanceFigures.Line;

/** Breakdowns and their comparisons from known cells, and small-count suppression. */
class BreakdownsTest {

    private static Cell cell(String crime, String force, long count) {
        return new Cell(crime, "MAJOR", force, "ROCU", "PURSUE", "REGIONAL", count);
    }

    @Test
    void eachLineCarriesThePreviousQuarterAndTheYearBefore() {
        Disruptions d = Breakdowns.of(List.of(cell("DRUGS", "WMP", 3), cell("FIREARMS", "WMC", 1)),
                List.of(cell("DRUGS", "WMP", 2)), List.of(cell("CYBERCRIME", "STA", 6)));
        assertThat(d.total()).isEqualTo(new Line("TOTAL", 4L, 2L, 6L));
        assertThat(d.byCrimeType()).containsExactly(new Line("CYBERCRIME", 0L, 0L, 6L),
                new Line("DRUGS", 3L, 2L, 0L), new Line("FIREARMS", 1L, 0L, 0L));
        assertThat(d.byForce()).contains(new Line("WMP", 3L, 2L, 0L));
        assertThat(d.byImpact()).containsExactly(new Line("MAJOR", 4L, 2L, 6L));
    }

    @Test
    void smallCountsAreSuppressedButZeroAndLargeOnesKept() {
        Disruptions d = Breakdowns.suppressed(Breakdowns.of(List.of(cell("DRUGS", "WMP", 7),
                cell("FIREARMS", "WMC", 2)), List.of(), List.of()), 5);
        assertThat(d.byCrimeType()).containsExactly(new Line("DRUGS", 7L, 0L, 0L),
                new Line("FIREARMS", null, 0L, 0L));
        assertThat(d.total().current()).isEqualTo(9L);
    }
}
