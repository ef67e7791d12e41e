package uk.police.wm.rcs.stack.testing;

import java.util.List;

/**
 * The nearest-rank percentile, the one definition the benchmarks and load tests report: the smallest value with at
 * least the fraction {@code p} of the values at or below it.
 */
public final class NearestRank {

    private NearestRank() {
    }

    /** The value at fraction {@code p} (above 0, at most 1) of {@code sorted} (ascending, not empty). */
    public static long of(long[] sorted, double p) {
        return of(sorted, sorted.length, p);
    }

    /** The value at fraction {@code p} of the first {@code size} values of {@code sorted} (ascending). */
    public static long of(long[] sorted, int size, double p) {
        return sorted[index(size, p)];
    }

    /** The value at fraction {@code p} of {@code sorted} (ascending, not empty). */
    public static long of(List<Long> sorted, double p) {
        return sorted.get(index(sorted.size(), p));
    }

    private static int index(int size, double p) {
        if (size == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        int rank = (int) Math.ceil(p * size);
        return Math.max(0, Math.min(size - 1, rank - 1));
    }
}
