package uk.police.wm.rcs.gateway.readmodel;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * A marking as the read model's tables store it (a {@code classification} column and a {@code caveats text[]}
 * column, as the platform's {@code MarkedEntity}): read back from a row, and written through set-based statements.
 */
public final class StoredMarking {

    private StoredMarking() {
    }

    /** The marking of a row read back; an unknown classification is never read as a lower one. */
    public static SecurityMarking of(Object classification, Object caveats) {
        return Classification.parse((String) classification)
                .map(level -> new SecurityMarking(level, Set.of(caveats(caveats))))
                .orElse(SecurityMarking.UNMARKED);
    }

    /**
     * The caveats as a text value a statement casts to {@code text[]} ({@code CAST(? AS text[])}): a batch passes one
     * per row through {@code unnest}, which cannot unnest an array of arrays row by row.
     */
    public static String caveatsLiteral(SecurityMarking marking) {
        return VisibleRows.arrayLiteral(marking.caveats());
    }

    private static String[] caveats(Object column) {
        if (column == null) {
            return new String[0];
        }
        if (column instanceof String[] array) {
            return array;
        }
        if (column instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toArray(String[]::new);
        }
        try {
            return caveats(((java.sql.Array) column).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("caveats column is not a text array", e);
        }
    }
}
