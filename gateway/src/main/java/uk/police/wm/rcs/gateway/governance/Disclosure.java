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
 * What of a figure a caller may be told (DOMAIN.md, "Markings, end to end"): a figure counts a record only when the
 * reader's clearance covers its classification and the reader holds every caveat it carries. Records the reader is
 * not covered for are left out of the figure, never folded into it, whatever their level, and the response says what
 * was left out. No role changes this.
 *
 * <p>Figure queries apply the rule in the database: each sums a figure column twice, {@link #counted} (the rows the
 * platform's {@link VisibleRows} condition lets through for the reader) and {@link #leftOut} (the others), grouped
 * by classification; {@link #count} discloses the first and {@link #leftOut(String, Classification, long)} notes the
 * second in the withheld list.
 */
public final class Disclosure {

    /** Counts below this are suppressed where a figure is shared beyond the region (the partner view). */
    public static final int SMALL_COUNT = SmallCounts.DEFAULT_THRESHOLD;

    private final Caller audience;
    private final List<Withheld> withheld = new ArrayList<>();

    /** The highest classification of the records any disclosed figure counts (the document's marking follows it). */
    private Classification highestCounted = Classification.OFFICIAL;

    public Disclosure(Caller caller) {
        this.audience = caller;
    }

    /** The reader, as a figure query binds it to {@link VisibleRows}. */
    public Caller audience() {
        return audience;
    }

    /** Binds {@link #counted} and {@link #leftOut} of a native query for this reader. */
    public <Q extends Query> Q bind(Q query) {
        return VisibleRows.bind(query, audience);
    }

    /** SQL: the sum of a figure column over the rows that may count for the reader (bind with {@link #bind}). */
    public static String counted(String column) {
        // bigint whatever the column's type (the sum of a bigint is numeric), so every row record reads it as a long
        return "CAST(coalesce(sum(" + column + ") FILTER (WHERE " + VisibleRows.CONDITION + "), 0) AS bigint)";
    }

    /** SQL: the sum of a figure column over the rows that may not count for the reader. */
    public static String leftOut(String column) {
        return "CAST(coalesce(sum(" + column + ") FILTER (WHERE NOT " + VisibleRows.CONDITION + "), 0) AS bigint)";
    }

    /** A row of a figure query: the classification of the records it sums, and the {@link #leftOut(String)} sum. */
    public interface Grouped {

        String classification();

        long leftOut();
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
     * Discloses one figure from its counts per classification of the records behind it: only the classifications the
     * reader's clearance covers count; the others are noted as left out.
     *
     * @param section where the figure sits, for the withheld list
     */
    public Count count(String section, String key, Map<Classification, Long> byClassification) {
        long value = 0;
        for (Map.Entry<Classification, Long> entry : byClassification.entrySet()) {
            if (audience.clearance().covers(entry.getKey())) {
                value += entry.getValue();
                if (entry.getValue() > 0) {
                    noteShown(entry.getKey());
                }
            } else {
                leftOut(section, entry.getKey(), entry.getValue());
            }
        }
        return new Count(key, value, false);
    }

    /** Notes the records each figure row left out. */
    public void leftOut(String section, List<? extends Grouped> rows) {
        for (Grouped row : rows) {
            leftOut(section, Classification.parseOrHighest(row.classification()), row.leftOut());
        }
    }

    /** Notes that what is disclosed includes something of this classification (a record shown, a count given). */
    public void noteShown(Classification classification) {
        if (classification.compareTo(highestCounted) > 0) {
            highestCounted = classification;
        }
    }

    /** The highest classification of anything disclosed so far; OFFICIAL when nothing above it was. */
    public Classification highestCounted() {
        return highestCounted;
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
