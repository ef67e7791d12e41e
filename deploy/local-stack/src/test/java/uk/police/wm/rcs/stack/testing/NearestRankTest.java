package uk.police.wm.rcs.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nearest-rank percentile against values worked out by hand. */
class NearestRankTest {

    private static final long[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void theSmallestValueWithAtLeastTheFractionAtOrBelowIt() {
        assertThat(NearestRank.of(TEN, 0.50)).isEqualTo(5);
        assertThat(NearestRank.of(TEN, 0.55)).isEqualTo(6);
        assertThat(NearestRank.of(TEN, 0.90)).isEqualTo(9);
        assertThat(NearestRank.of(TEN, 0.99)).isEqualTo(10);
        assertThat(NearestRank.of(TEN, 1.0)).isEqualTo(10);
        assertThat(NearestRank.of(TEN, 0.01)).isEqualTo(1);
        assertThat(NearestRank.of(new long[] {42}, 0.5)).isEqualTo(42);
    }

    @Test
    void onlyTheFirstValuesCountWhenASizeIsGiven() {
        long[] partlyFilled = {1, 2, 3, 4, 0, 0, 0, 0};
        assertThat(NearestRank.of(partlyFilled, 4, 0.50)).isEqualTo(2);
        assertThat(NearestRank.of(partlyFilled, 4, 1.0)).isEqualTo(4);
    }

    @Test
    void aListGivesTheSameAsAnArray() {
        assertThat(NearestRank.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 0.95)).isEqualTo(10);
        assertThat(NearestRank.of(List.of(10L, 20L, 30L, 40L), 0.75)).isEqualTo(30);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThatThrownBy(() -> NearestRank.of(new long[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
