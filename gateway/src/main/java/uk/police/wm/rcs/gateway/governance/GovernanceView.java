package uk.police.wm.rcs.gateway.governance;

import java.time.OffsetDateTime;
import java.util.List;
import uk.police.wm.rcs.gateway.governance.CtuGovernance.CtuFigures;
import uk.police.wm.rcs.gateway.governance.CyberGovernance.CyberFigures;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.RocuGovernance.RocuFigures;

/**
 * The regional governance view of one financial-year quarter, as disclosed to one caller, with the protective
 * marking of what it discloses to that caller.
 */
public record GovernanceView(String quarter, String previousQuarter, String sameQuarterLastYear, String clearance,
        Part<CtuFigures> ctu, Part<RocuFigures> rocu, Part<CyberFigures> cyber, List<FourPMatrix.Row> fourPMatrix,
        List<Withheld> withheld, ProtectiveMarking marking) {

    /** How fresh a part is; stale when its service is not answering or the view lags its events. */
    public record Freshness(OffsetDateTime newestEventTime, OffsetDateTime lastAppliedAt, long eventsApplied,
            Long lag, boolean serviceUp, boolean stale, String staleReason) {
    }

    /** One domain's part of the view. */
    public record Part<T>(Freshness freshness, T figures) {
    }
}
