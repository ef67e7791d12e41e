package uk.police.wm.rcs.gateway.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SmallCounts;

/**
 * What of a figure a caller may be told (DOMAIN.md, classification): records the caller is cleared for count
 * exactly; OFFICIAL-SENSITIVE records count towards an OFFICIAL caller's figures only as an aggregate, and a figure
 * that includes them is suppressed when under {@value #SMALL_COUNT}; SECRET records never count for a caller below
 * SECRET, and the response says so. No role changes this.
 */
public final class Disclosure {

    /** Counts below this are suppressed when they would disclose records above the caller's clearance. */
    public static final int SMALL_COUNT = SmallCounts.DEFAULT_THRESHOLD;

    private final Classification clearance;
    private final List<Withheld> withheld = new ArrayList<>();

    public Disclosure(Caller caller) {
        this.clearance = caller.clearance();
    }

    /** A figure as disclosed: {@code value} is null when suppressed. */
    public record Count(String key, Long value, boolean suppressed) {
    }

    /** Something left out of the response, and why. */
    public record Withheld(String section, String what, String reason) {
    }

    /**
     * Discloses one figure from its counts per classification of the records behind it.
     *
     * @param section where the figure sits, for the withheld list
     */
    public Count count(String section, String key, Map<Classification, Long> byClassification) {
        long value = 0;
        boolean aggregateOnly = false;
        boolean secretLeftOut = false;
        for (Map.Entry<Classification, Long> entry : byClassification.entrySet()) {
            long n = entry.getValue();
            if (n == 0) {
                continue;
            }
            if (clearance.covers(entry.getKey())) {
                value += n;
            } else if (entry.getKey() == Classification.SECRET) {
                secretLeftOut = true;
            } else {
                value += n;
                aggregateOnly = true;
            }
        }
        if (secretLeftOut) {
            withhold(section, "SECRET records",
                    "SECRET figures need SECRET clearance; the figure shown counts only what your clearance covers");
        }
        if (aggregateOnly && SmallCounts.isSuppressed(value, SMALL_COUNT)) {
            withhold(section, key, "a count under " + SMALL_COUNT + " that includes records above your clearance");
            return new Count(key, null, true);
        }
        return new Count(key, value, false);
    }

    /** Notes that a whole part of a section is left out. */
    public void withhold(String section, String what, String reason) {
        Withheld entry = new Withheld(section, what, reason);
        if (!withheld.contains(entry)) {
            withheld.add(entry);
        }
    }

    public List<Withheld> withheld() {
        return List.copyOf(withheld);
    }
}
