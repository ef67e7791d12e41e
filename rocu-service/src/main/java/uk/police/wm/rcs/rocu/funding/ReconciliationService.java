package uk.police.wm.rcs.rocu.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.events.Contributor;
import uk.police.wm.rcs.rocu.events.ReconciliationIssued;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Formula;
import uk.police.wm.rcs.rocu.funding.FundingRequests.ReconciliationView;

/** A quarter's reconciliation to the penny: computed from the formula and the staffing, issued once with its event. */
@ApplicationScoped
public class ReconciliationService {

    /** The formula and the staffing a reconciliation is computed from. */
    @Inject
    FundingService funding;

    /** The issued reconciliation: its row (the body as JSON) and its event, stamped with the clock's instant. */
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The reconciliation as it stands: issued if it was, else computed from the current staffing. */
    public ReconciliationView reconciliation(FinancialQuarter quarter) {
        @SuppressWarnings("unchecked")
        List<String> issued = em.createNativeQuery("select body from reconciliation where quarter = ?1", String.class)
                .setParameter(1, quarter.toString()).getResultList();
        if (!issued.isEmpty()) {
            return read(issued.get(0));
        }
        return compute(quarter);
    }

    /** Issues a period's reconciliation once, with its event. */
    @Transactional
    public ReconciliationView issue(FinancialQuarter quarter, Caller caller) {
        Number existing = (Number) em.createNativeQuery("select count(*) from reconciliation where quarter = ?1")
                .setParameter(1, quarter.toString()).getSingleResult();
        if (existing.longValue() > 0) {
            throw Problems.conflict("The " + quarter + " reconciliation was already issued.");
        }
        ReconciliationView computed = compute(quarter);
        ReconciliationView view = new ReconciliationView(computed.quarter(), computed.formulaYear(),
                computed.reconciliation(), Instant.now(clock));
        em.createNativeQuery("insert into reconciliation (quarter, body, issued_at, issued_by) values (?1, ?2, ?3, ?4)")
                .setParameter(1, quarter.toString()).setParameter(2, write(view)).setParameter(3, view.issuedAt())
                .setParameter(4, caller.subject()).executeUpdate();
        // funding figures are organisational, published to every contributor: OFFICIAL
        outbox.append(new ReconciliationIssued(view.quarter(), view.formulaYear(), view.reconciliation().regionalCost(),
                view.reconciliation().lines().stream().collect(Collectors.toMap(ReconciliationIssued.Line::contributor,
                        ReconciliationIssued.Line::balance, (a, b) -> a, () -> new EnumMap<>(Contributor.class))),
                view.reconciliation().lines(), view.issuedAt()));
        return view;
    }

    private ReconciliationView compute(FinancialQuarter quarter) {
        Formula formula = funding.formulaFor(quarter.financialYear());
        return new ReconciliationView(quarter.toString(), formula.financialYear(),
                Reconciler.reconcile(formula.shares(), funding.staffCosts(quarter)), null);
    }

    private String write(ReconciliationView v) {
        try {
            return json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReconciliationView read(String text) {
        try {
            return json.readValue(text, ReconciliationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
