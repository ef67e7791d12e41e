package uk.police.wm.rcs.gateway.readmodel;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    public static SecurityMarking of(String classification, String[] caveats) {
        return Classification.parse(classification)
                .map(level -> new SecurityMarking(level, caveats == null ? Set.of() : Set.of(caveats)))
                .orElse(SecurityMarking.UNMARKED);
    }

    /** The marking of the current row of a JDBC result: its {@code classification} and {@code caveats} columns. */
    public static SecurityMarking of(ResultSet row) throws SQLException {
        Array caveats = row.getArray("caveats");
        return of(row.getString("classification"), caveats == null ? null : (String[]) caveats.getArray());
    }

    /**
     * The caveats as a text value a statement casts to {@code text[]} ({@code CAST(? AS text[])}): a batch passes one
     * per row through {@code unnest}, which cannot unnest an array of arrays row by row.
     */
    public static String caveatsLiteral(SecurityMarking marking) {
        return VisibleRows.arrayLiteral(marking.caveats());
    }
}
