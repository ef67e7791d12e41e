package uk.police.wm.rcs.gateway.governance;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SmallCounts;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * What of a figure a caller may be told (DOMAIN.md, classification): records the caller is cleared for count
 * exactly; OFFICIAL-SENSITIVE records count towards an OFFICIAL caller's figures only as an aggregate, and a figure
 * that includes them is suppressed when under {@value #SMALL_COUNT}; SECRET records never count for a caller below
 * SECRET, records with a caveat the caller does not hold never count for it (DOMAIN.md, "Markings, end to end"),
 * and the response says what was left out. No role changes this.
 *
 * <p>Figure queries apply the rule in the database: each sums a figure column twice, {@link #counted} (the rows the
 * platform's {@link VisibleRows} condition lets through for {@link #audience()}) and {@link #leftOut} (the others),
 * grouped by classification; {@link #count} discloses the first and {@link #leftOut(String, Classification, long)}
 * notes the second in the withheld list.
 */
public final class Disclosure {

    /** Counts below this are suppressed when they would disclose records above the caller's clearance. */
    public static final int SMALL_COUNT = SmallCounts.DEFAULT_THRESHOLD;

    private final Classification clearance;
    private final Caller audience;
    private final List<Withheld> withheld = new ArrayList<>();

    public Disclosure(Caller caller) {
        this.clearance = caller.clearance();
        this.audience = new Caller(caller.subject(), caller.clientId(), caller.roles(), caller.force(),
                clearance.covers(Classification.OFFICIAL_SENSITIVE) ? clearance : Classification.OFFICIAL_SENSITIVE,
                caller.caveats());
    }

    /**
     * The reader as a figure query binds it to {@link VisibleRows}: the reader's caveats, and the reader's clearance
     * except that an OFFICIAL reader's figures may include OFFICIAL-SENSITIVE records as aggregates (suppressed by
     * {@link #count} under {@value #SMALL_COUNT}). Never SECRET for a reader below SECRET.
     */
    public Caller audience() {
        return audience;
    }

    /** Binds {@link #counted} and {@link #leftOut} of a native query for this reader. */
    public <Q extends Query> Q bind(Q query) {
        return VisibleRows.bind(query, audience);
    }

    /** SQL: the sum of a figure column over the rows that may count for the reader (bind with {@link #bind}). */
    public static String counted(String column) {
        return "coalesce(sum(" + column + ") FILTER (WHERE " + VisibleRows.CONDITION + "), 0)";
    }

    /** SQL: the sum of a figure column over the rows that may not count for the reader. */
    public static String leftOut(String column) {
        return "coalesce(sum(" + column + ") FILTER (WHERE NOT " + VisibleRows.CONDITION + "), 0)";
    }

    /**
     * Notes records of one classification left out of a section's figures ({@link #leftOut(String)}): above the
     * reader's clearance, or carrying a caveat the reader does not hold.
     */
    public void leftOut(String section, Classification classification, long records) {
        if (records <= 0) {
            return;
        }
        if (!audience.clearance().covers(classification)) {
            withhold(section, classification + " records", classification + " figures need " + classification
                    + " clearance; the figure shown counts only what your clearance covers");
        } else {
            withhold(section, "records with handling caveats", "they need caveats your token does not hold");
        }
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

    /**
     * Notes the records each figure row left out: {@code rows} as a query read them, with the classification and the
     * {@link #leftOut(String)} sum at the given columns.
     */
    public void leftOut(String section, List<?> rows, int classificationColumn, int leftOutColumn) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            leftOut(section, Classification.parse((String) r[classificationColumn]).orElse(Classification.SECRET),
                    ((Number) r[leftOutColumn]).longValue());
        }
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
