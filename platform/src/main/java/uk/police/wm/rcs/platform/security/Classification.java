package uk.police.wm.rcs.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Government security classification as an ordered handling level: {@code OFFICIAL < OFFICIAL_SENSITIVE < SECRET}.
 */
public enum Classification {
    OFFICIAL,
    OFFICIAL_SENSITIVE,
    SECRET;

    /** True when a holder of this level may handle material marked {@code level} (this is at least {@code level}). */
    public boolean covers(Classification level) {
        if (level == null) {
            throw new IllegalArgumentException("level must not be null");
        }
        return compareTo(level) >= 0;
    }

    /**
     * A stored or received level read back: as {@link #parse(String)}, and {@link #SECRET}, the highest, when it
     * cannot be read, so that an unreadable marking never widens who sees a record.
     */
    public static Classification parseOrHighest(String value) {
        return parse(value).orElse(SECRET);
    }

    /** Lenient parse of a token claim: case-insensitive, {@code OFFICIAL-SENSITIVE} accepted; empty when unknown. */
    public static Optional<Classification> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Classification c : values()) {
            if (c.name().equals(normalised)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
