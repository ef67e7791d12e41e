package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps the ROCU review register (newest version of each review wins; an older or equal version changes nothing)
 * and the departmental objectives, from {@code uk.police.wm.rocu.review.changed.v1} and
 * {@code uk.police.wm.rocu.objective.set.v1} (paras 58-63).
 */
@ApplicationScoped
public class ReviewRegisterProjector implements EventProjector {

    static final String REVIEW = "uk.police.wm.rocu.review.changed.v1";
    static final String OBJECTIVE = "uk.police.wm.rocu.objective.set.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(REVIEW, OBJECTIVE);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        String classification = event.marking().classification().name();
        if (OBJECTIVE.equals(event.event().type())) {
            em.createNativeQuery("INSERT INTO rocu_objective (id, financial_year, title, classification, caveats)"
                            + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[])) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, uuid(data, "id")).setParameter(2, text(data, "financialYear"))
                    .setParameter(3, text(data, "title")).setParameter(4, classification).setParameter(5, caveats)
                    .executeUpdate();
            return;
        }
        if (!data.path("version").canConvertToLong()) {
            throw new RejectedEventException("a review change without a version");
        }
        LocalDate nextReview;
        try {
            nextReview = LocalDate.parse(text(data, "nextReview"));
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("nextReview is not a date");
        }
        em.createNativeQuery("INSERT INTO rocu_review AS r (id, version, item, owner, status, next_review,"
                        + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS text[]))"
                        + " ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, item = EXCLUDED.item,"
                        + " owner = EXCLUDED.owner, status = EXCLUDED.status, next_review = EXCLUDED.next_review,"
                        + " classification = EXCLUDED.classification, caveats = EXCLUDED.caveats"
                        + " WHERE r.version < EXCLUDED.version")
                .setParameter(1, uuid(data, "id")).setParameter(2, data.get("version").asLong())
                .setParameter(3, text(data, "item")).setParameter(4, text(data, "owner"))
                .setParameter(5, text(data, "status")).setParameter(6, nextReview)
                .setParameter(7, classification).setParameter(8, caveats).executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_review, rocu_objective").executeUpdate();
    }
}
