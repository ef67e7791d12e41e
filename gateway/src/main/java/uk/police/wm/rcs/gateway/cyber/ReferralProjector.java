package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.integer;
import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.police.wm.rcs.gateway.readmodel.ConsumedEvent;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * Keeps Action Fraud referral figures from the cyber events: by class and outcome, the triage-time histogram and
 * victim contact, each in the quarter the referral was received. State checks make every event apply once.
 */
@ApplicationScoped
public class ReferralProjector implements EventProjector {

    static final String RECEIVED = "uk.police.wm.cyber.referral.received.v1";
    static final String TRIAGED = "uk.police.wm.cyber.referral.triaged.v1";
    static final String CORRECTED = "uk.police.wm.cyber.referral.triage-corrected.v1";
    static final String CONTACTED = "uk.police.wm.cyber.referral.victim-contacted.v1";
    static final String NOT_TRIAGED = "NOT_TRIAGED";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private record State(String quarter, String crimeClass, String outcome, boolean contacted) {
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(RECEIVED, TRIAGED, CORRECTED, CONTACTED);
    }

    @Override
    public void apply(ConsumedEvent event, JsonNode data) {
        UUID id = uuid(data, "id");
        State state = load(id);
        switch (event.type()) {
            case RECEIVED -> received(id, state, data);
            case TRIAGED -> triaged(id, required(state, id), data);
            case CORRECTED -> corrected(id, required(state, id), data);
            default -> contacted(id, required(state, id));
        }
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_referral, cyber_referral_figure, cyber_triage_hours, cyber_contact_figure")
                .executeUpdate();
    }

    private void received(UUID id, State state, JsonNode data) {
        if (state != null) {
            return;
        }
        String quarter = quarterOf(text(data, "receivedAt"));
        String crimeClass = text(data, "crimeClass");
        em.createNativeQuery("INSERT INTO cyber_referral (id, received_quarter, crime_class, outcome, contacted)"
                        + " VALUES (?1, ?2, ?3, NULL, false)")
                .setParameter(1, id).setParameter(2, quarter).setParameter(3, crimeClass).executeUpdate();
        count(quarter, crimeClass, NOT_TRIAGED, 1);
        contact(quarter, 1, 0);
    }

    private void triaged(UUID id, State state, JsonNode data) {
        if (state.outcome() != null) {
            return;
        }
        String outcome = text(data, "outcome");
        setOutcome(id, outcome);
        count(state.quarter(), state.crimeClass(), NOT_TRIAGED, -1);
        count(state.quarter(), state.crimeClass(), outcome, 1);
        em.createNativeQuery("INSERT INTO cyber_triage_hours AS h (quarter, hours, referrals) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (quarter, hours) DO UPDATE SET referrals = h.referrals + 1")
                .setParameter(1, state.quarter()).setParameter(2, integer(data, "hoursToTriage")).executeUpdate();
    }

    private void corrected(UUID id, State state, JsonNode data) {
        String outcome = text(data, "outcome");
        if (state.outcome() == null || state.outcome().equals(outcome)) {
            return;
        }
        setOutcome(id, outcome);
        count(state.quarter(), state.crimeClass(), state.outcome(), -1);
        count(state.quarter(), state.crimeClass(), outcome, 1);
    }

    private void contacted(UUID id, State state) {
        if (state.contacted()) {
            return;
        }
        em.createNativeQuery("UPDATE cyber_referral SET contacted = true WHERE id = ?1").setParameter(1, id)
                .executeUpdate();
        contact(state.quarter(), 0, 1);
    }

    private void setOutcome(UUID id, String outcome) {
        em.createNativeQuery("UPDATE cyber_referral SET outcome = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, outcome).executeUpdate();
    }

    private void count(String quarter, String crimeClass, String outcome, long delta) {
        em.createNativeQuery("INSERT INTO cyber_referral_figure AS f (quarter, crime_class, outcome, referrals)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (quarter, crime_class, outcome)"
                        + " DO UPDATE SET referrals = f.referrals + EXCLUDED.referrals")
                .setParameter(1, quarter).setParameter(2, crimeClass).setParameter(3, outcome).setParameter(4, delta)
                .executeUpdate();
    }

    private void contact(String quarter, long received, long contacted) {
        em.createNativeQuery("INSERT INTO cyber_contact_figure AS f (quarter, received, contacted) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (quarter) DO UPDATE SET received = f.received + EXCLUDED.received,"
                        + " contacted = f.contacted + EXCLUDED.contacted")
                .setParameter(1, quarter).setParameter(2, received).setParameter(3, contacted).executeUpdate();
    }

    private static State required(State state, UUID id) {
        if (state == null) {
            throw new RejectedEventException("event for referral " + id + " whose receipt was never seen");
        }
        return state;
    }

    private static String quarterOf(String receivedAt) {
        try {
            return FinancialQuarter.of(OffsetDateTime.parse(receivedAt).atZoneSameInstant(UK).toLocalDate()).toString();
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("receivedAt is not a date-time: " + receivedAt);
        }
    }

    private State load(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT received_quarter, crime_class, outcome, contacted"
                + " FROM cyber_referral WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new State((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]);
    }
}
