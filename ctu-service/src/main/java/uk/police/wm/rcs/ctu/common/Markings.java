package uk.police.wm.rcs.ctu.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** How CTU records store their protective marking, and the SQL filter that keeps lists and counts need-to-know. */
public final class Markings {

    /**
     * Native SQL condition (parameters {@code :levels} and {@code :held}) true only for rows the caller may see:
     * the same rule as {@code Visibility.canSee}, applied in the database so lists and counts never include the rest.
     */
    public static final String VISIBLE = "classification in (:levels)"
            + " and string_to_array(caveats, ',') <@ cast(:held as text[])";

    private Markings() {
    }

    /** Caveats as stored: sorted, comma-separated, empty for none. */
    public static String store(Collection<String> caveats) {
        return caveats == null ? "" : String.join(",", new TreeSet<>(caveats));
    }

    public static Set<String> caveats(String stored) {
        return stored == null || stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public static SecurityMarking of(Classification classification, String storedCaveats) {
        return new SecurityMarking(classification, caveats(storedCaveats));
    }

    /** The classification names the caller's clearance covers (bind to {@code :levels}). */
    public static List<String> levelsVisibleTo(Caller caller) {
        return Arrays.stream(Classification.values()).filter(caller.clearance()::covers).map(Enum::name).toList();
    }

    /** The caller's caveats as a PostgreSQL array literal (bind to {@code :held}). */
    public static String heldBy(Caller caller) {
        return caller.caveats().stream().map(c -> '"' + c.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** 422 when a caller would mark a record above what they could read back themselves. */
    public static void requireWithinCaller(Caller caller, Classification classification, Collection<String> caveats) {
        if (!caller.clearance().covers(classification) || !caller.caveats().containsAll(caveats == null ? Set.of() : caveats)) {
            throw Problems.unprocessable("marking-above-clearance", "Marking above your clearance",
                    "You cannot mark a record " + classification + (caveats == null || caveats.isEmpty() ? ""
                            : " " + caveats) + ": it would be above your own clearance or caveats.");
        }
    }
}
