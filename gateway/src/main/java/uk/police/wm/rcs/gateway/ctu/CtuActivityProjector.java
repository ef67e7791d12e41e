package uk.police.wm.rcs.gateway.ctu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Counts CTU activity per quarter, 4 P and motivation from the CTU events (which carry categories and counts, never
 * narrative), with each record's marking as its event carries it; a withdrawn (reporting-restricted) operation stops
 * counting and is known only through the restricted count.
 */
@ApplicationScoped
public class CtuActivityProjector implements EventProjector {

    static final String PURSUE = "uk.police.wm.ctu.pursue-operation.changed.v1";
    static final String WITHDRAWN = "uk.police.wm.ctu.pursue-operation.withdrawn.v1";
    static final String RESTRICTED = "uk.police.wm.ctu.pursue-restricted.counted.v1";
    static final String PREVENT = "uk.police.wm.ctu.prevent-case.changed.v1";
    static final String PROTECT = "uk.police.wm.ctu.protect-activity.recorded.v1";
    static final String PREPARE = "uk.police.wm.ctu.exercise.recorded.v1";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private record Activity(int version, String fourP, String quarter, String motivation, SecurityMarking marking) {
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(PURSUE, WITHDRAWN, RESTRICTED, PREVENT, PROTECT, PREPARE);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        switch (event.event().type()) {
            case RESTRICTED -> restricted(data, event.marking());
            case WITHDRAWN -> withdrawn(uuid(data, "id"));
            default -> changed(event.event().type(), data, event.marking());
        }
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE ctu_activity, ctu_activity_figure, ctu_restricted_count").executeUpdate();
    }

    private void changed(String type, JsonNode data, SecurityMarking marking) {
        UUID id = uuid(data, "id");
        int version = data.path("version").asInt(1);
        Activity before = load(id);
        if (before != null && before.version() >= version) {
            return;
        }
        String fourP = switch (type) {
            case PURSUE -> "PURSUE";
            case PREVENT -> "PREVENT";
            case PROTECT -> "PROTECT";
            default -> "PREPARE";
        };
        String motivation = data.hasNonNull("motivation") ? data.get("motivation").asText() : NOT_APPLICABLE;
        Activity after = new Activity(version, fourP, text(data, "quarter"), motivation, marking);
        if (before != null) {
            count(before, -1);
        }
        count(after, +1);
        em.createNativeQuery("INSERT INTO ctu_activity (id, version, four_p, quarter, motivation, classification,"
                        + " caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS text[])) ON CONFLICT (id) DO UPDATE SET"
                        + " version = EXCLUDED.version, four_p = EXCLUDED.four_p, quarter = EXCLUDED.quarter,"
                        + " motivation = EXCLUDED.motivation, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, id).setParameter(2, version).setParameter(3, fourP).setParameter(4, after.quarter())
                .setParameter(5, motivation).setParameter(6, marking.classification().name())
                .setParameter(7, StoredMarking.caveatsLiteral(marking))
                .executeUpdate();
    }

    private void withdrawn(UUID id) {
        Activity before = load(id);
        if (before != null) {
            count(before, -1);
            em.createNativeQuery("DELETE FROM ctu_activity WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
    }

    private void restricted(JsonNode data, SecurityMarking marking) {
        JsonNode operations = data.get("operations");
        em.createNativeQuery("INSERT INTO ctu_restricted_count (quarter, operations, classification, caveats)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS text[])) ON CONFLICT (quarter) DO UPDATE SET"
                        + " operations = EXCLUDED.operations, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, text(data, "quarter"))
                .setParameter(2, operations == null || operations.isNull() ? null : operations.asInt())
                .setParameter(3, marking.classification().name()).setParameter(4, StoredMarking.caveatsLiteral(marking))
                .executeUpdate();
    }

    private void count(Activity a, int delta) {
        em.createNativeQuery("INSERT INTO ctu_activity_figure AS f (quarter, four_p, motivation, classification,"
                        + " caveats, activities) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]), ?6)"
                        + " ON CONFLICT (quarter, four_p, motivation, classification, caveats)"
                        + " DO UPDATE SET activities = f.activities + EXCLUDED.activities")
                .setParameter(1, a.quarter()).setParameter(2, a.fourP()).setParameter(3, a.motivation())
                .setParameter(4, a.marking().classification().name())
                .setParameter(5, StoredMarking.caveatsLiteral(a.marking())).setParameter(6, (long) delta)
                .executeUpdate();
    }

    private Activity load(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT version, four_p, quarter, motivation, classification, caveats"
                + " FROM ctu_activity WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Activity(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                StoredMarking.of(r[4], r[5]));
    }
}
