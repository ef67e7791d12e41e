package uk.police.wm.rcs.gateway.boardpack.model;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One section of the board pack (one entry in the contents, one {@code section.html} include): its freshness, what
 * was withheld from it for this reader in words, and its blocks. A new part of the governance view becomes a new
 * section by being expressed as titled tables of labelled rows; no template changes.
 *
 * @param id the fragment the contents list links to
 * @param freshness when its newest event was applied, in words
 * @param staleReason why its figures may be behind, or null
 */
@TemplateData
public record PackSection(String id, String title, String source, String freshness, String staleReason,
        List<String> withheld, List<PackBlock> blocks) {
}
