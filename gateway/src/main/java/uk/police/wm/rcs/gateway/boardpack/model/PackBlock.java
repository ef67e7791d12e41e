package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One block of a section: exactly one of a table, a chart, a paragraph, a bulleted list or a list of highlights,
 * under a heading.
 */
@TemplateData
public record PackBlock(String heading, PackTable table, PackFigure figure, String text,
        List<PackHighlight> highlights, List<String> items) {

    public static PackBlock table(PackTable table) {
        return new PackBlock(table.caption(), table, null, null, null, null);
    }

    public static PackBlock figure(PackFigure figure) {
        return new PackBlock(null, null, figure, null, null, null);
    }

    public static PackBlock text(String heading, String text) {
        return new PackBlock(heading, null, null, text, null, null);
    }

    /** Separate statements (e.g. an issued pack's changes), one bullet each, so none runs into the next. */
    public static PackBlock list(String heading, List<String> items, String whenNone) {
        return new PackBlock(heading, null, null, items.isEmpty() ? whenNone : null, null,
                items.isEmpty() ? null : items);
    }

    public static PackBlock highlights(String heading, List<PackHighlight> highlights, String whenNone) {
        return new PackBlock(heading, null, null, highlights.isEmpty() ? whenNone : null, highlights, null);
    }

    /** One operational highlight: who and what in words, its marking, and the narrative. */
    @TemplateData
    public record PackHighlight(String heading, String marking, String narrative) {
    }
}
