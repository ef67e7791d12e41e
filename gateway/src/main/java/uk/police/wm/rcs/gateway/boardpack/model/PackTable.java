package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A titled table of labelled rows: the first column names the row in words, the others are figures. Rows come
 * largest first (by the first figure column), totals last. {@code source} is the query behind this table's figures
 * when it is not the section's (shown under the table), else null.
 */
@TemplateData
public record PackTable(String caption, List<String> columns, List<Row> rows, String whenEmpty, boolean numeric,
        String source) {

    /** A table of figures (right-aligned, as numbers are) from the section's source. */
    public PackTable(String caption, List<String> columns, List<Row> rows, String whenEmpty) {
        this(caption, columns, rows, whenEmpty, true, null);
    }

    /** A table from the section's source; {@code numeric} false for words (left-aligned). */
    public PackTable(String caption, List<String> columns, List<Row> rows, String whenEmpty, boolean numeric) {
        this(caption, columns, rows, whenEmpty, numeric, null);
    }

    /** The heading of the column that names the rows. */
    public String firstColumn() {
        return columns.get(0);
    }

    /** The headings of the figure columns. */
    public List<String> figureColumns() {
        return columns.subList(1, columns.size());
    }

    /**
     * One row. {@code key} is the code behind the label, kept in a data attribute for machines (the security suite
     * reads figures by it); people read {@code label}.
     */
    @TemplateData
    public record Row(String key, String label, List<String> cells, boolean total) {
    }
}
