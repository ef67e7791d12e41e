package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.integer;
import static uk.police.wm.rcs.gateway.readmodel.EventData.optionalText;
import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.police.wm.rcs.gateway.readmodel.ConsumedEvent;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;

/**
 * Keeps each disruption's last published state and, by delta, the figures of approved and downgraded disruptions
 * and the moderation backlog. Only a newer version of a disruption changes anything, so replays are harmless.
 */
@ApplicationScoped
public class DisruptionProjector implements EventProjector {

    static final String CLAIMED = "uk.police.wm.rocu.disruption.claimed.v1";
    static final String AMENDED = "uk.police.wm.rocu.disruption.amended.v1";
    static final String MODERATED = "uk.police.wm.rocu.disruption.moderated.v1";

    /** A disruption as the read model holds it. */
    record State(UUID id, int version, String force, String leadAgency, String crimeType, String claimedImpact,
            String moderatedImpact, String category, String activityLevel, String quarter, String status,
            String classification) {

        /** Only approved or downgraded disruptions count in performance figures (DOMAIN.md, moderation). */
        boolean counted() {
            return "APPROVED".equals(status) || "DOWNGRADED".equals(status);
        }

        boolean awaitingPanel() {
            return "CLAIMED".equals(status);
        }

        String impact() {
            return moderatedImpact != null ? moderatedImpact : claimedImpact;
        }
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(CLAIMED, AMENDED, MODERATED);
    }

    @Override
    public void apply(ConsumedEvent event, JsonNode data) {
        UUID id = uuid(data, "disruptionId");
        int version = integer(data, "version");
        State before = load(id);
        if (before != null && before.version() >= version) {
            return;
        }
        State after = MODERATED.equals(event.type()) ? moderated(before, id, version, data) : claimed(id, version, data);
        if (before != null) {
            contribute(before, -1);
        }
        contribute(after, +1);
        save(after);
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_disruption, rocu_disruption_figure, rocu_backlog_figure").executeUpdate();
    }

    private static State claimed(UUID id, int version, JsonNode data) {
        return new State(id, version, text(data, "force"), text(data, "leadAgency"), text(data, "crimeType"),
                text(data, "claimedImpact"), null, text(data, "category"), text(data, "activityLevel"),
                text(data, "quarter"), text(data, "status"), text(data, "classification"));
    }

    private static State moderated(State before, UUID id, int version, JsonNode data) {
        if (before == null) {
            throw new RejectedEventException("moderation of disruption " + id + " whose claim was never seen");
        }
        return new State(id, version, before.force(), before.leadAgency(), before.crimeType(), before.claimedImpact(),
                optionalText(data, "moderatedImpact"), before.category(), before.activityLevel(), before.quarter(),
                text(data, "status"), before.classification());
    }

    private void contribute(State state, int delta) {
        if (state.counted()) {
            em.createNativeQuery("INSERT INTO rocu_disruption_figure AS f (quarter, classification, crime_type, impact,"
                            + " force, lead_agency, category, disruptions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                            + " ON CONFLICT (quarter, classification, crime_type, impact, force, lead_agency, category)"
                            + " DO UPDATE SET disruptions = f.disruptions + EXCLUDED.disruptions")
                    .setParameter(1, state.quarter()).setParameter(2, state.classification())
                    .setParameter(3, state.crimeType()).setParameter(4, state.impact())
                    .setParameter(5, state.force()).setParameter(6, state.leadAgency())
                    .setParameter(7, state.category()).setParameter(8, (long) delta)
                    .executeUpdate();
        }
        if (state.awaitingPanel()) {
            em.createNativeQuery("INSERT INTO rocu_backlog_figure AS f (force, classification, claims)"
                            + " VALUES (?1, ?2, ?3) ON CONFLICT (force, classification)"
                            + " DO UPDATE SET claims = f.claims + EXCLUDED.claims")
                    .setParameter(1, state.force()).setParameter(2, state.classification())
                    .setParameter(3, (long) delta)
                    .executeUpdate();
        }
    }

    private State load(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT version, force, lead_agency, crime_type, claimed_impact,"
                        + " moderated_impact, category, activity_level, quarter, status, classification"
                        + " FROM rocu_disruption WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new State(id, ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10]);
    }

    private void save(State s) {
        em.createNativeQuery("INSERT INTO rocu_disruption (id, version, force, lead_agency, crime_type, claimed_impact,"
                        + " moderated_impact, category, activity_level, quarter, status, classification)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (id) DO UPDATE SET"
                        + " version = EXCLUDED.version, force = EXCLUDED.force, lead_agency = EXCLUDED.lead_agency,"
                        + " crime_type = EXCLUDED.crime_type, claimed_impact = EXCLUDED.claimed_impact,"
                        + " moderated_impact = EXCLUDED.moderated_impact, category = EXCLUDED.category,"
                        + " activity_level = EXCLUDED.activity_level, quarter = EXCLUDED.quarter,"
                        + " status = EXCLUDED.status, classification = EXCLUDED.classification")
                .setParameter(1, s.id()).setParameter(2, s.version()).setParameter(3, s.force())
                .setParameter(4, s.leadAgency()).setParameter(5, s.crimeType()).setParameter(6, s.claimedImpact())
                .setParameter(7, s.moderatedImpact()).setParameter(8, s.category()).setParameter(9, s.activityLevel())
                .setParameter(10, s.quarter()).setParameter(11, s.status()).setParameter(12, s.classification())
                .executeUpdate();
    }
}
