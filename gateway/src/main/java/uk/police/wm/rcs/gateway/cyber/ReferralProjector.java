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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import uk.police.wm.rcs.gateway.readmodel.BatchSql;
import uk.police.wm.rcs.gateway.readmodel.BatchSql.Column;
import uk.police.wm.rcs.gateway.readmodel.ConsumedEvent;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.FigureDeltas;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * Keeps Action Fraud referral figures from the cyber events: by class and outcome, the triage-time histogram and
 * victim contact, each in the quarter the referral was received. State checks make every event apply once; a
 * batch reads its referrals in one query and writes each table once.
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

    /** The figure tables a batch changes. */
    private static final class Deltas {
        final FigureDeltas referrals = new FigureDeltas("cyber_referral_figure",
                List.of("quarter", "crime_class", "outcome"), List.of("referrals"));
        final FigureDeltas triageHours = new FigureDeltas("cyber_triage_hours", List.of("quarter", "hours:int4"),
                List.of("referrals"));
        final FigureDeltas contact = new FigureDeltas("cyber_contact_figure", List.of("quarter"),
                List.of("received", "contacted"));
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(RECEIVED, TRIAGED, CORRECTED, CONTACTED);
    }

    @Override
    public void apply(ConsumedEvent event, JsonNode data) {
        applyAll(List.of(new Applied(event, data)));
    }

    @Override
    public void applyAll(List<Applied> events) {
        Map<UUID, State> states = load(events.stream().map(a -> uuid(a.data(), "id")).distinct().toList());
        Map<UUID, State> changed = new TreeMap<>();
        Deltas deltas = new Deltas();
        for (Applied applied : events) {
            JsonNode data = applied.data();
            UUID id = uuid(data, "id");
            State state = states.get(id);
            State after = switch (applied.event().type()) {
                case RECEIVED -> received(state, data, deltas);
                case TRIAGED -> triaged(required(state, id), data, deltas);
                case CORRECTED -> corrected(required(state, id), data, deltas);
                default -> contacted(required(state, id), deltas);
            };
            if (after != state) {
                states.put(id, after);
                changed.put(id, after);
            }
        }
        save(changed);
        deltas.referrals.write(em);
        deltas.triageHours.write(em);
        deltas.contact.write(em);
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_referral, cyber_referral_figure, cyber_triage_hours, cyber_contact_figure")
                .executeUpdate();
    }

    private static State received(State state, JsonNode data, Deltas deltas) {
        if (state != null) {
            return state;
        }
        State after = new State(quarterOf(text(data, "receivedAt")), text(data, "crimeClass"), null, false);
        deltas.referrals.add(List.of(after.quarter(), after.crimeClass(), NOT_TRIAGED), 1);
        deltas.contact.add(List.of(after.quarter()), 1, 0);
        return after;
    }

    private static State triaged(State state, JsonNode data, Deltas deltas) {
        if (state.outcome() != null) {
            return state;
        }
        String outcome = text(data, "outcome");
        int hours = integer(data, "hoursToTriage");
        deltas.referrals.add(List.of(state.quarter(), state.crimeClass(), NOT_TRIAGED), -1);
        deltas.referrals.add(List.of(state.quarter(), state.crimeClass(), outcome), 1);
        deltas.triageHours.add(List.of(state.quarter(), Integer.toString(hours)), 1);
        return new State(state.quarter(), state.crimeClass(), outcome, state.contacted());
    }

    private static State corrected(State state, JsonNode data, Deltas deltas) {
        String outcome = text(data, "outcome");
        if (state.outcome() == null || state.outcome().equals(outcome)) {
            return state;
        }
        deltas.referrals.add(List.of(state.quarter(), state.crimeClass(), state.outcome()), -1);
        deltas.referrals.add(List.of(state.quarter(), state.crimeClass(), outcome), 1);
        return new State(state.quarter(), state.crimeClass(), outcome, state.contacted());
    }

    private static State contacted(State state, Deltas deltas) {
        if (state.contacted()) {
            return state;
        }
        deltas.contact.add(List.of(state.quarter()), 0, 1);
        return new State(state.quarter(), state.crimeClass(), state.outcome(), true);
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

    private Map<UUID, State> load(List<UUID> ids) {
        Map<UUID, State> states = new HashMap<>();
        // a join on the batch's ids probes the primary key, as in DisruptionProjector
        for (Object[] r : BatchSql.query(em, "SELECT r.id, r.received_quarter, r.crime_class, r.outcome, r.contacted"
                + " FROM unnest(?) AS k (id) JOIN cyber_referral r ON r.id = k.id ORDER BY r.id FOR UPDATE OF r",
                Column.uuids(ids))) {
            states.put((UUID) r[0], new State((String) r[1], (String) r[2], (String) r[3], (Boolean) r[4]));
        }
        return states;
    }

    private void save(Map<UUID, State> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<State> states = List.copyOf(changed.values());
        BatchSql.update(em, "INSERT INTO cyber_referral (id, received_quarter, crime_class, outcome, contacted)"
                        + " SELECT * FROM unnest(?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " outcome = EXCLUDED.outcome, contacted = EXCLUDED.contacted",
                Column.uuids(List.copyOf(changed.keySet())), Column.texts(states.stream().map(State::quarter).toList()),
                Column.texts(states.stream().map(State::crimeClass).toList()),
                Column.texts(states.stream().map(State::outcome).toList()),
                Column.booleans(states.stream().map(State::contacted).toList()));
    }
}
