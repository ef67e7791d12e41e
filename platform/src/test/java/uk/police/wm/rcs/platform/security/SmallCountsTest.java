package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsFromOneToBelowTheThresholdAreSuppressed() {
        assertThat(SmallCounts.suppress(0)).hasValue(0);
        for (long n = 1; n < SmallCounts.DEFAULT_THRESHOLD; n++) {
            assertThat(SmallCounts.suppress(n)).as("count %d", n).isEmpty();
            assertThat(SmallCounts.suppressedOrNull(n)).isNull();
        }
        assertThat(SmallCounts.suppress(5)).hasValue(5);
        assertThat(SmallCounts.suppress(1234)).hasValue(1234);
        assertThat(SmallCounts.suppressedOrNull(7)).isEqualTo(7L);
    }

    @Test
    void thresholdIsConfigurable() {
        assertThat(SmallCounts.suppress(9, 10)).isEmpty();
        assertThat(SmallCounts.suppress(10, 10)).hasValue(10);
        assertThat(SmallCounts.suppress(1, 1)).hasValue(1);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> SmallCounts.suppress(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallCounts.suppress(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
