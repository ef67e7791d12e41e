package uk.police.wm.rcs.cyber.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading only the values at positions floor(h) and ceil(h) and interpolating gives exactly (bit for bit) the
 * percentile of the whole sorted list, for every size from 1 to 400, as the summary's read model relies on.
 */
class ReferralFiguresTest {

    @Test
    void theTwoValuesAtTheInterpolationPositionsGiveTheWholeListsPercentile() {
        Random random = new Random(20181107L);
        for (int n = 1; n <= 400; n++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = Math.round(random.nextDouble() * 400_000_000.0) / 1e6;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (double p : new double[] {0.5, 0.9}) {
                double h = p * (n - 1);
                int first = (int) Math.floor(h);
                int second = (int) Math.ceil(h);
                List<Double> atPositions = first == second ? List.of(sorted[first])
                        : List.of(sorted[second], sorted[first]);
                assertThat(ReferralFigures.interpolate(p, n, atPositions)).as("n=%d p=%s", n, p)
                        .isEqualTo(Percentiles.of(p, values));
            }
        }
    }

    @Test
    void handCheckedFigures() {
        // 1,2,3,4,10 hours in seconds: p90 reads positions 3 and 4 -> 4 + 0.6 * 6 = 7.6 hours
        assertThat(ReferralFigures.interpolate(0.9, 5, List.of(36_000.0, 14_400.0)) / 3600).isEqualTo(7.6);
        assertThat(ReferralFigures.interpolate(0.5, 5, List.of(10_800.0))).isEqualTo(10_800.0);
    }
}
