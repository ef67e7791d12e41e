package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import uk.police.wm.rcs.gateway.readmodel.BatchSql;
import uk.police.wm.rcs.gateway.readmodel.BatchSql.Column;
import uk.police.wm.rcs.gateway.readmodel.FigureDeltas;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.DisruptionAmendedEvent;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.FourP;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.ModerationEvents.DisruptionModerated;

/**
 * Keeps each disruption's last published state and, by delta, the figures of approved and downgraded disruptions
 * and the moderation backlog, each figure row under the disruption's full marking (the marking of its newest
 * event). Only a newer version of a disruption changes anything, so replays are harmless.
 */
@ApplicationScoped
public class DisruptionProjector implements EventProjector {

    /** A disruption as the read model holds it. */
    record State(UUID id, int version, String force, String leadAgency, String crimeType, String claimedImpact,
            String moderatedImpact, String category, String activityLevel, String quarter, String status,
            SecurityMarking marking) {

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

    /**
     * One event of a disruption read as its record: its id and version, and the state it leads to from the state
     * before (a claim or an amendment states the whole claim; a moderation needs the claim it decides).
     */
    private record Change(Applied applied, UUID id, int version, Function<State, State> after) {

        static Change of(Applied applied) {
            SecurityMarking marking = applied.marking();
            return switch (applied.event().type()) {
                case DisruptionClaimedEvent.TYPE -> {
                    DisruptionClaimedEvent c = applied.as(DisruptionClaimedEvent.class);
                    UUID id = uuid(c.disruptionId(), "disruptionId");
                    yield new Change(applied, id, (int) c.version(), before -> claimed(id, (int) c.version(),
                            c.force(), c.leadAgency(), c.crimeType(), c.claimedImpact(), c.category(),
                            c.activityLevel(), c.quarter(), c.status(), marking));
                }
                case DisruptionAmendedEvent.TYPE -> {
                    DisruptionAmendedEvent a = applied.as(DisruptionAmendedEvent.class);
                    UUID id = uuid(a.disruptionId(), "disruptionId");
                    yield new Change(applied, id, (int) a.version(), before -> claimed(id, (int) a.version(),
                            a.force(), a.leadAgency(), a.crimeType(), a.claimedImpact(), a.category(),
                            a.activityLevel(), a.quarter(), a.status(), marking));
                }
                default -> {
                    DisruptionModerated m = applied.as(DisruptionModerated.class);
                    UUID id = uuid(m.disruptionId(), "disruptionId");
                    yield new Change(applied, id, (int) m.version(), before -> moderated(before, id,
                            (int) m.version(), m, marking));
                }
            };
        }
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(DisruptionClaimedEvent.TYPE, DisruptionAmendedEvent.TYPE, DisruptionModerated.TYPE);
    }

    @Override
    public void apply(Applied event) {
        applyAll(List.of(event));
    }

    /** Reads the batch's disruptions in one query, applies the events in memory, writes each table once. */
    @Override
    public void applyAll(List<Applied> events) {
        List<Change> changes = events.stream().map(Change::of).toList();
        Map<UUID, State> states = load(changes.stream().map(Change::id).distinct().toList());
        Map<UUID, State> changed = new TreeMap<>();
        List<RecordedState> history = new java.util.ArrayList<>();
        FigureDeltas figures = new FigureDeltas("rocu_disruption_figure", List.of("quarter", "classification",
                "caveats:text[]", "crime_type", "impact", "force", "lead_agency", "category"), List.of("disruptions"));
        FigureDeltas backlog = new FigureDeltas("rocu_backlog_figure", List.of("force", "classification",
                "caveats:text[]"), List.of("claims"));
        FigureDeltas moderation = new FigureDeltas("rocu_moderation_figure", List.of("quarter", "classification",
                "caveats:text[]", "force", "crime_type", "status"), List.of("disruptions"));
        for (Change change : changes) {
            UUID id = change.id();
            State before = states.get(id);
            if (before != null && before.version() >= change.version()) {
                continue;
            }
            State after = change.after().apply(before);
            if (before != null) {
                contribute(before, -1, figures, backlog);
                moderation.add(standing(before), -1);
            }
            contribute(after, +1, figures, backlog);
            moderation.add(standing(after), +1);
            states.put(id, after);
            changed.put(id, after);
            history.add(new RecordedState(after, recordedAt(change.applied())));
        }
        save(changed.values());
        saveHistory(history);
        figures.write(em);
        backlog.write(em);
        moderation.write(em);
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_disruption, rocu_disruption_figure, rocu_backlog_figure,"
                + " rocu_moderation_figure, rocu_disruption_history").executeUpdate();
    }

    private static State claimed(UUID id, int version, Force force, LeadAgency leadAgency, CrimeType crimeType,
            Impact claimedImpact, FourP category, ActivityLevel activityLevel, String quarter, DisruptionStatus status,
            SecurityMarking marking) {
        return new State(id, version, required(force, "force").name(), required(leadAgency, "leadAgency").name(),
                required(crimeType, "crimeType").name(), required(claimedImpact, "claimedImpact").name(), null,
                required(category, "category").name(), required(activityLevel, "activityLevel").name(),
                required(quarter, "quarter"), required(status, "status").name(), marking);
    }

    /** The moderation's event carries the disruption's marking as it now stands. */
    private static State moderated(State before, UUID id, int version, DisruptionModerated moderation,
            SecurityMarking marking) {
        if (before == null) {
            throw new RejectedEventException("moderation of disruption " + id + " whose claim was never seen");
        }
        return new State(id, version, before.force(), before.leadAgency(), before.crimeType(), before.claimedImpact(),
                moderation.moderatedImpact() == null ? null : moderation.moderatedImpact().name(), before.category(),
                before.activityLevel(), before.quarter(), required(moderation.status(), "status").name(), marking);
    }

    private static void contribute(State state, int delta, FigureDeltas figures, FigureDeltas backlog) {
        if (state.counted()) {
            figures.add(List.of(state.quarter(), state.marking().classification().name(), caveats(state),
                    state.crimeType(), state.impact(), state.force(), state.leadAgency(), state.category()), delta);
        }
        if (state.awaitingPanel()) {
            backlog.add(List.of(state.force(), state.marking().classification().name(), caveats(state)), delta);
        }
    }

    /** Where a claim stands, for claimed against moderated figures: every claim counts once, at its status. */
    private static List<String> standing(State state) {
        return List.of(state.quarter(), state.marking().classification().name(), caveats(state), state.force(),
                state.crimeType(), state.status());
    }

    private static String caveats(State state) {
        return StoredMarking.caveatsLiteral(state.marking());
    }

    private Map<UUID, State> load(List<UUID> ids) {
        Map<UUID, State> states = new HashMap<>();
        // a join on the batch's ids probes the primary key (id = ANY(array) may scan the table while a rebuild
        // refills it, comparing every row with every id)
        for (State state : BatchSql.query(em, r -> new State(r.getObject("id", UUID.class), r.getInt("version"),
                        r.getString("force"), r.getString("lead_agency"), r.getString("crime_type"),
                        r.getString("claimed_impact"), r.getString("moderated_impact"), r.getString("category"),
                        r.getString("activity_level"), r.getString("quarter"), r.getString("status"),
                        StoredMarking.of(r)),
                "SELECT d.id, d.version, d.force, d.lead_agency, d.crime_type, d.claimed_impact, d.moderated_impact,"
                + " d.category, d.activity_level, d.quarter, d.status, d.classification, d.caveats"
                + " FROM unnest(?) AS k (id) JOIN rocu_disruption d ON d.id = k.id ORDER BY d.id FOR UPDATE OF d",
                Column.uuids(ids))) {
            states.put(state.id(), state);
        }
        return states;
    }

    private void save(Collection<State> states) {
        if (states.isEmpty()) {
            return;
        }
        BatchSql.update(em, "INSERT INTO rocu_disruption (id, version, force, lead_agency, crime_type, claimed_impact,"
                        + " moderated_impact, category, activity_level, quarter, status, classification, caveats)"
                        + " SELECT u.id, u.version, u.force, u.lead_agency, u.crime_type, u.claimed_impact,"
                        + " u.moderated_impact, u.category, u.activity_level, u.quarter, u.status, u.classification,"
                        + " CAST(u.caveats AS text[]) FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS u (id,"
                        + " version, force, lead_agency, crime_type, claimed_impact, moderated_impact, category,"
                        + " activity_level, quarter, status, classification, caveats) ON CONFLICT (id) DO UPDATE SET"
                        + " version = EXCLUDED.version, force = EXCLUDED.force, lead_agency = EXCLUDED.lead_agency,"
                        + " crime_type = EXCLUDED.crime_type, claimed_impact = EXCLUDED.claimed_impact,"
                        + " moderated_impact = EXCLUDED.moderated_impact, category = EXCLUDED.category,"
                        + " activity_level = EXCLUDED.activity_level, quarter = EXCLUDED.quarter,"
                        + " status = EXCLUDED.status, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats",
                Column.uuids(column(states, State::id)), Column.ints(column(states, State::version)),
                Column.texts(column(states, State::force)), Column.texts(column(states, State::leadAgency)),
                Column.texts(column(states, State::crimeType)), Column.texts(column(states, State::claimedImpact)),
                Column.texts(column(states, State::moderatedImpact)), Column.texts(column(states, State::category)),
                Column.texts(column(states, State::activityLevel)), Column.texts(column(states, State::quarter)),
                Column.texts(column(states, State::status)),
                Column.texts(column(states, s -> s.marking().classification().name())),
                Column.texts(column(states, DisruptionProjector::caveats)));
    }

    /** A state with when its service recorded it, for the backlog as at a past instant (issued packs). */
    private record RecordedState(State state, String recordedAt) {
    }

    /** When the service recorded the change: the CloudEvents time, else (an event without one) when it was applied. */
    static String recordedAt(Applied applied) {
        return (applied.event().time() != null ? applied.event().time() : java.time.OffsetDateTime.now()).toString();
    }

    private void saveHistory(List<RecordedState> history) {
        if (history.isEmpty()) {
            return;
        }
        BatchSql.update(em, "INSERT INTO rocu_disruption_history (id, version, recorded_at, force, status,"
                        + " classification, caveats) SELECT u.id, u.version, CAST(u.recorded_at AS timestamptz),"
                        + " u.force, u.status, u.classification, CAST(u.caveats AS text[]) FROM unnest(?, ?, ?, ?, ?,"
                        + " ?, ?) AS u (id, version, recorded_at, force, status, classification, caveats)"
                        + " ON CONFLICT (id, version) DO NOTHING",
                Column.uuids(history.stream().map(h -> h.state().id()).toList()),
                Column.ints(history.stream().map(h -> h.state().version()).toList()),
                Column.texts(history.stream().map(RecordedState::recordedAt).toList()),
                Column.texts(history.stream().map(h -> h.state().force()).toList()),
                Column.texts(history.stream().map(h -> h.state().status()).toList()),
                Column.texts(history.stream().map(h -> h.state().marking().classification().name()).toList()),
                Column.texts(history.stream().map(h -> caveats(h.state())).toList()));
    }

    private static <T> List<T> column(Collection<State> states, Function<State, T> field) {
        return states.stream().map(field).toList();
    }
}
