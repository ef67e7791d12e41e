package uk.police.wm.rcs.cyber.summary;

import java.util.Arrays;

/**
 * Percentiles by linear interpolation between closest ranks (Hyndman and Fan type 7, PostgreSQL's
 * {@code percentile_cont}, Excel's {@code PERCENTILE.INC}): for n sorted values the p-th percentile sits at
 * zero-based position h = p(n-1), i.e. v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h]). The summary uses
 * {@code percentile_cont} in SQL; this is the same method in Java, for tests and checks.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile (0 to 1) of the values, or null when there are none. */
    public static Double of(double p, double... values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = p * (sorted.length - 1);
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
