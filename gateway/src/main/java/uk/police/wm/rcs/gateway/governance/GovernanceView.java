package uk.police.wm.rcs.gateway.governance;

import java.time.OffsetDateTime;
import java.util.List;
import uk.police.wm.rcs.gateway.compliance.ComplianceGovernance;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance.CtuFigures;
import uk.police.wm.rcs.gateway.cyber.CyberGovernance.CyberFigures;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Section;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance.RocuFigures;

/**
 * The regional governance view of one financial-year quarter, as disclosed to one caller: the headline parts, and
 * {@code sections}, the rest of the report as titled tables each with its freshness, withheld list and source, with
 * the protective marking of what it discloses to that caller.
 */
public record GovernanceView(String quarter, String previousQuarter, String sameQuarterLastYear, String clearance,
        Part<CtuFigures> ctu, Part<RocuFigures> rocu, Part<CyberFigures> cyber, List<FourPMatrix.Row> fourPMatrix,
        List<Withheld> withheld, List<Section> sections, ComplianceGovernance.ComplianceFigures compliance,
        ProtectiveMarking marking, Basis basis) {

    /**
     * Whether these figures are live or an issued board pack's, said in words in the API and in the document: the
     * live view moves as records are moderated; an issued pack is the fixed record the board read.
     */
    public record Basis(boolean live, String statement) {

        public static final Basis LIVE = new Basis(true, "Live figures: recomputed from the read model at every"
                + " request, so they move as records arrive and are moderated. The board's fixed record of a quarter"
                + " is an issued board pack.");
    }

    /** The same view with the ROCU part, the withheld list and the basis replaced (an issued pack's figures). */
    public GovernanceView with(Part<RocuFigures> rocuPart, List<Withheld> withheldNow, Basis newBasis) {
        return new GovernanceView(quarter, previousQuarter, sameQuarterLastYear, clearance, ctu, rocuPart, cyber,
                fourPMatrix, withheldNow, sections, compliance, marking, newBasis);
    }

    /** How fresh a part is; stale when its service is not answering or the view lags its events. */
    public record Freshness(OffsetDateTime newestEventTime, OffsetDateTime lastAppliedAt, long eventsApplied,
            Long lag, boolean serviceUp, boolean stale, String staleReason) {
    }

    /** One domain's part of the view. */
    public record Part<T>(Freshness freshness, T figures) {
    }
}
