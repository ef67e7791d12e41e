package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.rocu.events.Contributor;
import uk.police.wm.rcs.rocu.events.ReconciliationIssued;

/**
 * Keeps each issued funding reconciliation (para 51) from {@code uk.police.wm.rocu.reconciliation.issued.v1}, one row
 * per contributor: its formula share, share due, staff cost borne and balance; a reconciliation issued before
 * rocu-service sent the lines keeps only the balances. A quarter is issued once, so a replay writes the same rows.
 */
@ApplicationScoped
public class ReconciliationProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(ReconciliationIssued.TYPE);
    }

    @Override
    public void apply(Applied event) {
        ReconciliationIssued issued = event.as(ReconciliationIssued.class);
        String quarter = required(issued.quarter(), "quarter");
        BigDecimal regionalCost = money(issued.regionalCost());
        if (issued.lines() != null && !issued.lines().isEmpty()) {
            for (ReconciliationIssued.Line line : issued.lines()) {
                write(event, quarter, required(issued.formulaYear(), "formulaYear"), regionalCost,
                        required(line.contributor(), "contributor").name(), money(line.sharePercent()),
                        money(line.shareDue()), money(line.staffCostBorne()), money(line.balance()));
            }
            return;
        }
        if (issued.balances() == null || issued.balances().isEmpty()) {
            throw new RejectedEventException("a reconciliation without balances");
        }
        for (Map.Entry<Contributor, BigDecimal> balance : issued.balances().entrySet()) {
            write(event, quarter, required(issued.formulaYear(), "formulaYear"), regionalCost,
                    balance.getKey().name(), null, null, null, money(balance.getValue()));
        }
    }

    private void write(Applied event, String quarter, String formulaYear, BigDecimal regionalCost,
            String contributor, BigDecimal sharePercent, BigDecimal shareDue, BigDecimal borne, BigDecimal balance) {
        em.createNativeQuery("INSERT INTO rocu_reconciliation_line (quarter, contributor, formula_year, regional_cost,"
                        + " share_percent, share_due, staff_cost_borne, balance, classification, caveats)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS text[]))"
                        + " ON CONFLICT (quarter, contributor) DO UPDATE SET formula_year = EXCLUDED.formula_year,"
                        + " regional_cost = EXCLUDED.regional_cost, share_percent = EXCLUDED.share_percent,"
                        + " share_due = EXCLUDED.share_due, staff_cost_borne = EXCLUDED.staff_cost_borne,"
                        + " balance = EXCLUDED.balance, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, quarter).setParameter(2, contributor).setParameter(3, formulaYear)
                .setParameter(4, regionalCost).setParameter(5, sharePercent).setParameter(6, shareDue)
                .setParameter(7, borne).setParameter(8, balance)
                .setParameter(9, event.marking().classification().name())
                .setParameter(10, StoredMarking.caveatsLiteral(event.marking())).executeUpdate();
    }

    private static BigDecimal money(BigDecimal value) {
        if (value == null) {
            throw new RejectedEventException("an amount is missing");
        }
        return value;
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_reconciliation_line").executeUpdate();
    }
}
