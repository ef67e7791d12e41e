package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A titled table of labelled rows: the first column names the row in words, the others are figures. Rows come
 * largest first (by the first figure column), totals last.
 */
@TemplateData
public record PackTable(String caption, List<String> columns, List<Row> rows, String whenEmpty, boolean numeric) {

    /** A table of figures (right-aligned, as numbers are). */
    public PackTable(String caption, List<String> columns, List<Row> rows, String whenEmpty) {
        this(caption, columns, rows, whenEmpty, true);
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
