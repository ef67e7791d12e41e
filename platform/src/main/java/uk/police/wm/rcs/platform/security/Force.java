package uk.police.wm.rcs.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The region's four forces: West Midlands Police, West Mercia, Warwickshire, Staffordshire.
 */
public enum Force {
    WMP,
    WMC,
    WAR,
    STA;

    /** Case-insensitive parse of a token claim; empty when absent or unknown. */
    public static Optional<Force> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT);
        for (Force force : values()) {
            if (force.name().equals(normalised)) {
                return Optional.of(force);
            }
        }
        return Optional.empty();
    }
}
