package uk.police.wm.rcs.rocu.common;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * The need-to-know rule as SQL, for tables with {@code classification} and comma-separated {@code caveats}
 * columns: the caller's clearance covers the level and it holds every caveat.
 */
public final class VisibleRows {

    /** The condition; bind {@link #parameters(Caller)}. */
    public static final String CONDITION =
            "classification in (:levels) and string_to_array(caveats, ',') <@ string_to_array(:held, ',')";

    private VisibleRows() {
    }

    public static Map<String, Object> parameters(Caller caller) {
        List<String> levels = Arrays.stream(Classification.values()).filter(caller.clearance()::covers)
                .map(Enum::name).toList();
        return Map.of("levels", levels, "held", String.join(",", caller.caveats()));
    }
}
