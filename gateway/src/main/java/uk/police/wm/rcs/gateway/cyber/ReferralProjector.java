package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import uk.police.wm.rcs.cyber.events.ReferralEvents.Received;
import uk.police.wm.rcs.cyber.events.ReferralEvents.TriageCorrected;
import uk.police.wm.rcs.cyber.events.ReferralEvents.Triaged;
import uk.police.wm.rcs.cyber.events.ReferralEvents.VictimContacted;
import uk.police.wm.rcs.gateway.readmodel.BatchSql;
import uk.police.wm.rcs.gateway.readmodel.BatchSql.Column;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.FigureDeltas;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Keeps Action Fraud referral figures from the cyber events: by class and outcome, the triage-time histogram and
 * victim contact, each in the quarter the referral was received and under the referral's marking (that of its newest
 * event); and, for a vulnerable victim, whether first contact met the deadline, in the quarter the deadline fell in,
 * by force (the deadline and whether it was met are cyber-service's, as its events state them). Each referral's state is kept, and a change moves its whole contribution (out under the state before, in
 * under the state after), so a new marking moves every figure it counts in; an event that changes nothing changes
 * no figure. A batch reads its referrals in one query and writes each table once.
 */
@ApplicationScoped
public class ReferralProjector implements EventProjector {

    static final String NOT_TRIAGED = "NOT_TRIAGED";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * A referral as the read model holds it; {@code hoursToTriage} is null until triaged; {@code contactDueQuarter}
     * is null without a contact deadline, {@code contactedInTime} null until the victim is contacted.
     */
    private record State(String quarter, String crimeClass, String outcome, Integer hoursToTriage, boolean contacted,
            SecurityMarking marking, String force, String contactDueQuarter, Boolean contactedInTime) {

        State marked(SecurityMarking newMarking) {
            return new State(quarter, crimeClass, outcome, hoursToTriage, contacted, newMarking, force,
                    contactDueQuarter, contactedInTime);
        }

        State triage(String newOutcome, Integer hours) {
            return new State(quarter, crimeClass, newOutcome, hours, contacted, marking, force, contactDueQuarter,
                    contactedInTime);
        }

        /** Adds (delta +1) or takes out (-1) everything this state counts in. */
        void contribute(int delta, Deltas deltas) {
            String classification = marking.classification().name();
            String caveats = StoredMarking.caveatsLiteral(marking);
            deltas.referrals.add(List.of(quarter, classification, caveats, crimeClass,
                    outcome == null ? NOT_TRIAGED : outcome), delta);
            if (hoursToTriage != null) {
                deltas.triageHours.add(List.of(quarter, classification, caveats, hoursToTriage.toString()), delta);
            }
            deltas.contact.add(List.of(quarter, classification, caveats), delta, contacted ? delta : 0);
            if (contactDueQuarter != null && force != null) {
                deltas.deadlines.add(List.of(contactDueQuarter, force, classification, caveats), delta,
                        Boolean.TRUE.equals(contactedInTime) ? delta : 0,
                        Boolean.FALSE.equals(contactedInTime) ? delta : 0, contactedInTime == null ? delta : 0);
            }
        }
    }

    /** The figure tables a batch changes. */
    private static final class Deltas {
        final FigureDeltas referrals = new FigureDeltas("cyber_referral_figure",
                List.of("quarter", "classification", "caveats:text[]", "crime_class", "outcome"), List.of("referrals"));
        final FigureDeltas triageHours = new FigureDeltas("cyber_triage_hours",
                List.of("quarter", "classification", "caveats:text[]", "hours:int4"), List.of("referrals"));
        final FigureDeltas contact = new FigureDeltas("cyber_contact_figure",
                List.of("quarter", "classification", "caveats:text[]"), List.of("received", "contacted"));
        final FigureDeltas deadlines = new FigureDeltas("cyber_contact_deadline_figure",
                List.of("due_quarter", "force", "classification", "caveats:text[]"),
                List.of("referrals", "met", "late", "not_contacted"));
    }

    /** A referral event as its producer's record: the referral it is about, and what it makes of its state. */
    private record Change(UUID id, UnaryOperator<State> transition) {

        static Change of(Applied applied) {
            SecurityMarking marking = applied.marking();
            return switch (applied.event().type()) {
                case Received.TYPE -> {
                    Received received = applied.as(Received.class);
                    yield new Change(uuid(received.id(), "id"),
                            before -> before != null ? before.marked(marking) : received(received, marking));
                }
                case Triaged.TYPE -> {
                    Triaged triaged = applied.as(Triaged.class);
                    UUID id = uuid(triaged.id(), "id");
                    yield new Change(id, before -> triaged(known(before, id), triaged, marking));
                }
                case TriageCorrected.TYPE -> {
                    TriageCorrected corrected = applied.as(TriageCorrected.class);
                    UUID id = uuid(corrected.id(), "id");
                    yield new Change(id, before -> corrected(known(before, id), corrected, marking));
                }
                default -> {
                    VictimContacted contacted = applied.as(VictimContacted.class);
                    UUID id = uuid(contacted.id(), "id");
                    yield new Change(id, before -> contacted(known(before, id), contacted, marking));
                }
            };
        }
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(Received.TYPE, Triaged.TYPE, TriageCorrected.TYPE, VictimContacted.TYPE);
    }

    @Override
    public void apply(Applied event) {
        applyAll(List.of(event));
    }

    @Override
    public void applyAll(List<Applied> events) {
        List<Change> changes = events.stream().map(Change::of).toList();
        Map<UUID, State> states = load(changes.stream().map(Change::id).distinct().toList());
        Map<UUID, State> changed = new TreeMap<>();
        Deltas deltas = new Deltas();
        for (Change change : changes) {
            UUID id = change.id();
            State before = states.get(id);
            State after = change.transition().apply(before);
            if (after.equals(before)) {
                continue;
            }
            if (before != null) {
                before.contribute(-1, deltas);
            }
            after.contribute(+1, deltas);
            states.put(id, after);
            changed.put(id, after);
        }
        save(changed);
        deltas.referrals.write(em);
        deltas.triageHours.write(em);
        deltas.contact.write(em);
        deltas.deadlines.write(em);
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_referral, cyber_referral_figure, cyber_triage_hours, cyber_contact_figure,"
                + " cyber_contact_deadline_figure")
                .executeUpdate();
    }

    private static State received(Received received, SecurityMarking marking) {
        LocalDate dueBy = received.contactDueBy();
        return new State(quarterOf(required(received.receivedAt(), "receivedAt")),
                required(received.crimeClass(), "crimeClass").name(), null, null, false, marking,
                received.force() == null ? null : received.force().name(),
                dueBy == null ? null : FinancialQuarter.of(dueBy).toString(), null);
    }

    /** The first triage counts; a second one is not a new triage. */
    private static State triaged(State state, Triaged triaged, SecurityMarking marking) {
        if (state.outcome() != null) {
            return state.marked(marking);
        }
        return state.triage(required(triaged.outcome(), "outcome").name(), (int) triaged.hoursToTriage())
                .marked(marking);
    }

    /** A correction moves a triaged referral to another outcome; its time to triage stands. */
    private static State corrected(State state, TriageCorrected corrected, SecurityMarking marking) {
        String outcome = required(corrected.outcome(), "outcome").name();
        if (state.outcome() == null) {
            return state.marked(marking);
        }
        return state.triage(outcome, state.hoursToTriage()).marked(marking);
    }

    /** The first contact counts; whether it met the deadline is as cyber-service judged it ({@code withinDeadline}). */
    private static State contacted(State state, VictimContacted contacted, SecurityMarking marking) {
        if (state.contacted()) {
            return state.marked(marking);
        }
        Boolean inTime = contacted.withinDeadline();
        if (state.contactDueQuarter() != null && inTime == null) {
            throw new RejectedEventException("victim contact without withinDeadline for a referral with a deadline");
        }
        return new State(state.quarter(), state.crimeClass(), state.outcome(), state.hoursToTriage(), true, marking,
                state.force(), state.contactDueQuarter(), inTime);
    }

    private static State known(State state, UUID id) {
        if (state == null) {
            throw new RejectedEventException("event for referral " + id + " whose receipt was never seen");
        }
        return state;
    }

    private static String quarterOf(Instant receivedAt) {
        return FinancialQuarter.of(receivedAt.atZone(UK).toLocalDate()).toString();
    }

    private Map<UUID, State> load(List<UUID> ids) {
        Map<UUID, State> states = new HashMap<>();
        // a join on the batch's ids probes the primary key, as in DisruptionProjector
        BatchSql.query(em, r -> Map.entry(r.getObject("id", UUID.class), new State(
                        r.getString("received_quarter"), r.getString("crime_class"), r.getString("outcome"),
                        r.getObject("hours_to_triage", Integer.class), r.getBoolean("contacted"), StoredMarking.of(r),
                        r.getString("force"), r.getString("contact_due_quarter"),
                        r.getObject("contacted_in_time", Boolean.class))),
                "SELECT r.id, r.received_quarter, r.crime_class, r.outcome, r.hours_to_triage, r.contacted,"
                + " r.classification, r.caveats, r.force, r.contact_due_quarter, r.contacted_in_time"
                + " FROM unnest(?) AS k (id) JOIN cyber_referral r ON r.id = k.id ORDER BY r.id FOR UPDATE OF r",
                Column.uuids(ids)).forEach(entry -> states.put(entry.getKey(), entry.getValue()));
        return states;
    }

    private void save(Map<UUID, State> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<State> states = List.copyOf(changed.values());
        BatchSql.update(em, "INSERT INTO cyber_referral (id, received_quarter, crime_class, outcome, hours_to_triage,"
                        + " contacted, classification, caveats, force, contact_due_quarter, contacted_in_time)"
                        + " SELECT u.id, u.quarter, u.crime_class, u.outcome, u.hours, u.contacted, u.classification,"
                        + " CAST(u.caveats AS text[]), u.force, u.due_quarter, u.in_time"
                        + " FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS u (id, quarter, crime_class, outcome, hours,"
                        + " contacted, classification, caveats, force, due_quarter, in_time) ON CONFLICT (id) DO UPDATE"
                        + " SET outcome = EXCLUDED.outcome, hours_to_triage = EXCLUDED.hours_to_triage,"
                        + " contacted = EXCLUDED.contacted, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats, contacted_in_time = EXCLUDED.contacted_in_time",
                Column.uuids(List.copyOf(changed.keySet())), Column.texts(states.stream().map(State::quarter).toList()),
                Column.texts(states.stream().map(State::crimeClass).toList()),
                Column.texts(states.stream().map(State::outcome).toList()),
                Column.ints(states.stream().map(State::hoursToTriage).toList()),
                Column.booleans(states.stream().map(State::contacted).toList()),
                Column.texts(states.stream().map(s -> s.marking().classification().name()).toList()),
                Column.texts(states.stream().map(s -> StoredMarking.caveatsLiteral(s.marking())).toList()),
                Column.texts(states.stream().map(State::force).toList()),
                Column.texts(states.stream().map(State::contactDueQuarter).toList()),
                Column.booleans(states.stream().map(State::contactedInTime).toList()));
    }
}
