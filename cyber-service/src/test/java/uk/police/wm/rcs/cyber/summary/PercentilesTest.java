package uk.police.wm.rcs.cyber.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The percentile method the summary states, checked against values worked out by hand. */
class PercentilesTest {

    @Test
    void interpolatesBetweenClosestRanks() {
        // sorted 1,2,3,4,10: median at h=0.5*4=2 -> 3; p90 at h=0.9*4=3.6 -> 4 + 0.6*(10-4) = 7.6
        assertThat(Percentiles.of(0.5, 10, 1, 3, 2, 4)).isEqualTo(3.0);
        assertThat(Percentiles.of(0.9, 10, 1, 3, 2, 4)).isCloseTo(7.6, within(1e-9));
        // even count: median is the mean of the middle two
        assertThat(Percentiles.of(0.5, 2, 6)).isEqualTo(4.0);
        assertThat(Percentiles.of(0.9, 5)).isEqualTo(5.0);
        assertThat(Percentiles.of(0.5)).isNull();
    }
}
