package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import uk.police.wm.rcs.cyber.events.PlanEvents.ActionUpdated;
import uk.police.wm.rcs.cyber.events.PlanEvents.CommitmentUpdated;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps the cybercrime strategy's five-point plan (para 64) and the 4 P delivery plans' actions (para 65) as they
 * stand, from {@code five-point-commitment.updated} and {@code plan-action.updated}: the last event of a
 * commitment or an action replaces it, marking included.
 */
@ApplicationScoped
public class CyberPlanProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(CommitmentUpdated.TYPE, ActionUpdated.TYPE);
    }

    @Override
    public void apply(Applied event) {
        String classification = event.marking().classification().name();
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        if (CommitmentUpdated.TYPE.equals(event.event().type())) {
            CommitmentUpdated c = event.as(CommitmentUpdated.class);
            em.createNativeQuery("INSERT INTO cyber_five_point (financial_year, area, status, commitment,"
                            + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                            + " ON CONFLICT (financial_year, area) DO UPDATE SET status = EXCLUDED.status,"
                            + " commitment = EXCLUDED.commitment, classification = EXCLUDED.classification,"
                            + " caveats = EXCLUDED.caveats")
                    .setParameter(1, required(c.financialYear(), "financialYear"))
                    .setParameter(2, required(c.area(), "area").name())
                    .setParameter(3, required(c.status(), "status").name())
                    .setParameter(4, required(c.commitment(), "commitment"))
                    .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
            return;
        }
        ActionUpdated a = event.as(ActionUpdated.class);
        em.createNativeQuery("INSERT INTO cyber_plan_action (id, financial_year, strand, title, owner, due_on, rag,"
                        + " completed_on, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                        + " CAST(?10 AS text[])) ON CONFLICT (id) DO UPDATE SET financial_year ="
                        + " EXCLUDED.financial_year, strand = EXCLUDED.strand, title = EXCLUDED.title,"
                        + " owner = EXCLUDED.owner, due_on = EXCLUDED.due_on, rag = EXCLUDED.rag,"
                        + " completed_on = EXCLUDED.completed_on, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, uuid(a.id(), "id")).setParameter(2, required(a.financialYear(), "financialYear"))
                .setParameter(3, required(a.strand(), "strand").name())
                .setParameter(4, required(a.title(), "title")).setParameter(5, required(a.owner(), "owner"))
                .setParameter(6, required(a.dueOn(), "dueOn")).setParameter(7, required(a.rag(), "rag").name())
                .setParameter(8, a.completedOn()).setParameter(9, classification).setParameter(10, caveats)
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_five_point, cyber_plan_action").executeUpdate();
    }
}
