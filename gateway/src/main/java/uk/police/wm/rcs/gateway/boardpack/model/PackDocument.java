package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The board pack as its reader sees it, in words: what the templates ({@code templates/boardpack}) render, the same
 * for the page and the PDF.
 *
 * @param marking the protective marking in words, at the top and bottom of the page and of every PDF page
 * @param pdf true when rendered for the PDF (page furniture from CSS paged media instead of the screen styles)
 * @param picker the web page's quarter picker; null in the pack itself
 */
@TemplateData
public record PackDocument(String title, String quarter, String quarterInWords, String preparedAt, String status,
        String readerClearance, String marking, boolean pdf, String printCss, String govukCss, QuarterChoice picker,
        List<PackSection> sections) {

    /** The quarter picker of the web page: the quarters offered and the link to the chosen quarter's PDF. */
    @TemplateData
    public record QuarterChoice(List<Option> options, String pdfHref) {
    }

    /** One quarter in the picker. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }
}
