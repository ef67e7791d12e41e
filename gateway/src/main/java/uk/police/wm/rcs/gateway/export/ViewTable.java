package uk.police.wm.rcs.gateway.export;

import java.util.List;

/**
 * One table of the governance view as exported: an id for its URL and file name, its name in words, its columns and
 * its rows. A cell is a {@link java.math.BigDecimal} (a figure), a {@link String}, {@link #WITHHELD} for a figure the
 * view withholds, or {@code null} for none.
 */
public record ViewTable(String id, String name, List<String> columns, List<List<Object>> rows) {

    /** The cell of a withheld figure, as the view shows it. */
    public static final String WITHHELD = "withheld";
}
