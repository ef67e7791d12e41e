package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A chart as an image (a PNG data URI, so the page and the PDF embed the same picture) with its text alternative
 * and the notes a reader needs to read it honestly (what is withheld from it). {@code src} is null when there is
 * nothing to draw; the alternative text then says so.
 */
@TemplateData
public record PackFigure(String title, String src, String alt, List<String> notes) {
}
