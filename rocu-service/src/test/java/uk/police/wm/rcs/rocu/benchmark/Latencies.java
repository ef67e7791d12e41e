package uk.police.wm.rcs.rocu.benchmark;

import java.util.Arrays;
import uk.police.wm.rcs.stack.testing.NearestRank;

/** Collected latencies (microseconds) and their percentiles. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return NearestRank.of(sorted, p / 100.0) / 1000.0;
    }
}
