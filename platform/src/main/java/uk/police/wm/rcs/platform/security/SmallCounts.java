package uk.police.wm.rcs.platform.security;

import java.util.OptionalLong;

/**
 * Small-count suppression for published aggregates: counts from 1 to {@code threshold - 1} are withheld.
 */
public final class SmallCounts {

    /** Counts below this (and above zero) are suppressed unless a service chooses another threshold. */
    public static final int DEFAULT_THRESHOLD = 5;

    private SmallCounts() {
    }

    /** The count, or empty when {@code 0 < count < threshold}; zero is published (it identifies nobody). */
    public static OptionalLong suppress(long count, int threshold) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        return isSuppressed(count, threshold) ? OptionalLong.empty() : OptionalLong.of(count);
    }

    public static OptionalLong suppress(long count) {
        return suppress(count, DEFAULT_THRESHOLD);
    }

    /** For a JSON field: the count, or {@code null} when suppressed. */
    public static Long suppressedOrNull(long count, int threshold) {
        OptionalLong result = suppress(count, threshold);
        return result.isPresent() ? result.getAsLong() : null;
    }

    public static Long suppressedOrNull(long count) {
        return suppressedOrNull(count, DEFAULT_THRESHOLD);
    }

    public static boolean isSuppressed(long count, int threshold) {
        return count > 0 && count < threshold;
    }
}
