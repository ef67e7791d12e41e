package uk.police.wm.rcs.rehearsal;

import java.util.List;
import java.util.Locale;

/**
 * Whether a gauge read once a minute stayed flat: the least-squares line through every reading from the settled minute
 * to the last, and its change over that span as a share of where it started. One line through twenty-odd readings is
 * what the gauge did; the first and the last reading alone are two samples of its noise (one low reading at the end
 * made a flat heap look 16 % smaller).
 */
record Flatness(double start, double end) {

    /** The line through {@code readings} (one a minute, in order), at the first and the last minute. */
    static Flatness of(List<? extends Number> readings) {
        int n = readings.size();
        if (n < 2) {
            throw new IllegalArgumentException("A trend needs two readings at least, got " + readings);
        }
        double meanX = (n - 1) / 2.0;
        double meanY = readings.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (readings.get(i).doubleValue() - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        double slope = covariance / variance;
        return new Flatness(meanY - slope * meanX, meanY + slope * (n - 1 - meanX));
    }

    /** The line's change from the first minute to the last, as a share of its value at the first (0.1 = 10 % up). */
    double change() {
        return (end - start) / start;
    }

    /** Flat: the line moved less than {@code share} of its start, up or down. */
    boolean within(double share) {
        return Math.abs(change()) <= share;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f -> %.1f (%+.1f %%)", start, end, change() * 100);
    }
}
