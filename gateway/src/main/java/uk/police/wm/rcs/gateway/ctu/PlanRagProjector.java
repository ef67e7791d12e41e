package uk.police.wm.rcs.gateway.ctu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.RagCountedEvent;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps the CT business plan's quarterly RAG counts per reviewing body from
 * {@code uk.police.wm.ctu.plan-review.rag-counted.v1} (counts only: ctu-service never publishes the priorities'
 * titles or commentary); a republished count replaces the last, marking included.
 */
@ApplicationScoped
public class PlanRagProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(RagCountedEvent.TYPE);
    }

    @Override
    public void apply(Applied event) {
        RagCountedEvent counted = event.as(RagCountedEvent.class);
        String quarter = required(counted.quarter(), "quarter");
        if (!quarter.matches("Q[1-4]")) {
            throw new RejectedEventException("quarter is not Q1 to Q4: " + quarter);
        }
        int red = counted.red();
        int amber = counted.amber();
        int green = counted.green();
        int notReviewed = counted.notReviewed();
        if (red < 0 || amber < 0 || green < 0 || notReviewed < 0) {
            throw new RejectedEventException("a RAG count is negative");
        }
        em.createNativeQuery("INSERT INTO ctu_plan_rag (financial_year, quarter, reviewing_body, red, amber, green,"
                        + " not_reviewed, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                        + " CAST(?9 AS text[])) ON CONFLICT (financial_year, quarter, reviewing_body) DO UPDATE SET"
                        + " red = EXCLUDED.red, amber = EXCLUDED.amber, green = EXCLUDED.green,"
                        + " not_reviewed = EXCLUDED.not_reviewed, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, required(counted.financialYear(), "financialYear")).setParameter(2, quarter)
                .setParameter(3, required(counted.reviewingBody(), "reviewingBody").name()).setParameter(4, red)
                .setParameter(5, amber)
                .setParameter(6, green).setParameter(7, notReviewed)
                .setParameter(8, event.marking().classification().name())
                .setParameter(9, StoredMarking.caveatsLiteral(event.marking())).executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE ctu_plan_rag").executeUpdate();
    }
}
