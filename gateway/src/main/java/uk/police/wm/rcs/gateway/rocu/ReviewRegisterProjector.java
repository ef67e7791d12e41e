package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.rocu.events.ReviewEvents.ObjectiveSet;
import uk.police.wm.rcs.rocu.events.ReviewEvents.ReviewChanged;

/**
 * Keeps the ROCU review register (newest version of each review wins; an older or equal version changes nothing)
 * and the departmental objectives, from {@code uk.police.wm.rocu.review.changed.v1} and
 * {@code uk.police.wm.rocu.objective.set.v1} (paras 58-63).
 */
@ApplicationScoped
public class ReviewRegisterProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(ReviewChanged.TYPE, ObjectiveSet.TYPE);
    }

    @Override
    public void apply(Applied event) {
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        String classification = event.marking().classification().name();
        if (ObjectiveSet.TYPE.equals(event.event().type())) {
            ObjectiveSet objective = event.as(ObjectiveSet.class);
            em.createNativeQuery("INSERT INTO rocu_objective (id, financial_year, title, classification, caveats)"
                            + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[])) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, uuid(objective.id(), "id"))
                    .setParameter(2, required(objective.financialYear(), "financialYear"))
                    .setParameter(3, required(objective.title(), "title")).setParameter(4, classification)
                    .setParameter(5, caveats)
                    .executeUpdate();
            return;
        }
        ReviewChanged review = event.as(ReviewChanged.class);
        em.createNativeQuery("INSERT INTO rocu_review AS r (id, version, item, owner, status, next_review,"
                        + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS text[]))"
                        + " ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, item = EXCLUDED.item,"
                        + " owner = EXCLUDED.owner, status = EXCLUDED.status, next_review = EXCLUDED.next_review,"
                        + " classification = EXCLUDED.classification, caveats = EXCLUDED.caveats"
                        + " WHERE r.version < EXCLUDED.version")
                .setParameter(1, uuid(review.id(), "id")).setParameter(2, review.version())
                .setParameter(3, required(review.item(), "item")).setParameter(4, required(review.owner(), "owner"))
                .setParameter(5, required(review.status(), "status").name())
                .setParameter(6, required(review.nextReview(), "nextReview"))
                .setParameter(7, classification).setParameter(8, caveats).executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_review, rocu_objective").executeUpdate();
    }
}
