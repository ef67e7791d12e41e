package uk.police.wm.rcs.gateway.boardpack.issued;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;

/**
 * An issued board pack as the API gives it: which version of which quarter, at which marking, who issued it and when,
 * the sentence its document opens with (not live: what the figures are, ROCU's frozen count where there is one), the
 * instant its registers were read at, the event offsets it was built from, the SHA-256 of its PDF (at
 * {@code pdf}), its headline figures and what changed since the previous version, in words.
 */
public record IssuedPack(String id, String quarter, int version, boolean live, String statement,
        String classification, Set<String> caveats, String issuedBy, Instant issuedAt, Instant asAt, List<Offset> eventOffsets,
        String pdfSha256, String pdf, List<String> changes, List<Figure> figures) {

    /** The last offset of a topic's partition applied to the read model when the pack was built. */
    public record Offset(String topic, int partition, long offset) {
    }

    /** An issued pack in a list: the same without its figures. */
    public record Summary(String id, String quarter, int version, String classification, Set<String> caveats,
            String issuedBy, Instant issuedAt, Instant asAt, String pdfSha256, String pdf, int changes) {
    }
}
