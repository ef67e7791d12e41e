package uk.police.wm.rcs.rocu.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** Event {@value #TYPE}: a period's reconciliation was issued to the forces' financial leads. Key: quarter. */
@OutboxEvent.Type(value = ReconciliationIssued.TYPE, aggregate = ReconciliationIssued.AGGREGATE)
public record ReconciliationIssued(@OutboxEvent.Key String quarter, String formulaYear, BigDecimal regionalCost,
        Map<Contributor, BigDecimal> balances, List<Line> lines, Instant issuedAt)
        implements OutboxEvent.Official {
    public static final String TYPE = "uk.police.wm.rocu.reconciliation.issued.v1";
    public static final String AGGREGATE = "reconciliation";

    /** One contributor's line: formula share due, staff cost actually borne, balance to settle (due − borne). */
    public record Line(Contributor contributor, BigDecimal sharePercent, BigDecimal shareDue, BigDecimal staffCostBorne,
            BigDecimal balance) {
    }
}
