package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps each issued funding reconciliation (para 51) from {@code uk.police.wm.rocu.reconciliation.issued.v1}, one row
 * per contributor: its formula share, share due, staff cost borne and balance; a reconciliation issued before
 * rocu-service sent the lines keeps only the balances. A quarter is issued once, so a replay writes the same rows.
 */
@ApplicationScoped
public class ReconciliationProjector implements EventProjector {

    static final String ISSUED = "uk.police.wm.rocu.reconciliation.issued.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(ISSUED);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        String quarter = text(data, "quarter");
        BigDecimal regionalCost = money(data.get("regionalCost"));
        JsonNode lines = data.path("lines");
        if (lines.isArray() && !lines.isEmpty()) {
            for (JsonNode line : lines) {
                write(event, quarter, text(data, "formulaYear"), regionalCost, text(line, "contributor"),
                        money(line.get("sharePercent")), money(line.get("shareDue")),
                        money(line.get("staffCostBorne")), money(line.get("balance")));
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> balances = data.path("balances").fields();
        if (!balances.hasNext()) {
            throw new RejectedEventException("a reconciliation without balances");
        }
        while (balances.hasNext()) {
            Map.Entry<String, JsonNode> balance = balances.next();
            write(event, quarter, text(data, "formulaYear"), regionalCost, balance.getKey(), null, null, null,
                    money(balance.getValue()));
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

    private static BigDecimal money(JsonNode value) {
        if (value == null || !value.isNumber()) {
            throw new RejectedEventException("an amount is not a number");
        }
        return value.decimalValue();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_reconciliation_line").executeUpdate();
    }
}
