package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.OcgEvents.OcgArchived;
import uk.police.wm.rcs.rocu.events.OcgEvents.OcgChanged;
import uk.police.wm.rcs.rocu.events.OcgEvents.OcgMapped;
import uk.police.wm.rcs.rocu.events.OcgStatus;

/** Keeps the count of active OCGs per predominant crime type and marking from the OCG register's events. */
@ApplicationScoped
public class OcgProjector implements EventProjector {

    /** What the register's three events say of a group: its id, version, predominant crime type and status. */
    private record Change(String ocgId, long version, CrimeType crimeType, OcgStatus status) {

        static Change of(Applied event) {
            return switch (event.event().type()) {
                case OcgMapped.TYPE -> {
                    OcgMapped mapped = event.as(OcgMapped.class);
                    yield new Change(mapped.ocgId(), mapped.version(), mapped.predominantCrimeType(), mapped.status());
                }
                case OcgChanged.TYPE -> {
                    OcgChanged changed = event.as(OcgChanged.class);
                    yield new Change(changed.ocgId(), changed.version(), changed.predominantCrimeType(),
                            changed.status());
                }
                default -> {
                    OcgArchived archived = event.as(OcgArchived.class);
                    yield new Change(archived.ocgId(), archived.version(), archived.predominantCrimeType(),
                            OcgStatus.ARCHIVED);
                }
            };
        }
    }

    private record State(int version, String crimeType, String status, SecurityMarking marking) {
        boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(OcgMapped.TYPE, OcgChanged.TYPE, OcgArchived.TYPE);
    }

    @Override
    public void apply(Applied event) {
        Change change = Change.of(event);
        UUID id = uuid(change.ocgId(), "ocgId");
        int version = (int) change.version();
        State before = load(id);
        if (before != null && before.version() >= version) {
            return;
        }
        State after = new State(version, required(change.crimeType(), "predominantCrimeType").name(),
                required(change.status(), "status").name(), event.marking());
        if (before != null && before.active()) {
            count(before, -1);
        }
        if (after.active()) {
            count(after, +1);
        }
        em.createNativeQuery("INSERT INTO rocu_ocg (id, version, predominant_crime_type, status, classification,"
                        + " caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[])) ON CONFLICT (id) DO UPDATE SET"
                        + " version = EXCLUDED.version, predominant_crime_type = EXCLUDED.predominant_crime_type,"
                        + " status = EXCLUDED.status, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, id).setParameter(2, version).setParameter(3, after.crimeType())
                .setParameter(4, after.status()).setParameter(5, after.marking().classification().name())
                .setParameter(6, StoredMarking.caveatsLiteral(after.marking()))
                .executeUpdate();
        // every state with when it was recorded, so an issued pack counts the register as it stood at a quarter's end
        em.createNativeQuery("INSERT INTO rocu_ocg_history (id, version, recorded_at, crime_type, status,"
                        + " classification, caveats) VALUES (?1, ?2, CAST(?3 AS timestamptz), ?4, ?5, ?6,"
                        + " CAST(?7 AS text[])) ON CONFLICT (id, version) DO NOTHING")
                .setParameter(1, id).setParameter(2, version)
                .setParameter(3, DisruptionProjector.recordedAt(event)).setParameter(4, after.crimeType())
                .setParameter(5, after.status()).setParameter(6, after.marking().classification().name())
                .setParameter(7, StoredMarking.caveatsLiteral(after.marking()))
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_ocg, rocu_ocg_figure, rocu_ocg_history").executeUpdate();
    }

    private void count(State state, int delta) {
        em.createNativeQuery("INSERT INTO rocu_ocg_figure AS f (crime_type, classification, caveats, active_ocgs)"
                        + " VALUES (?1, ?2, CAST(?3 AS text[]), ?4) ON CONFLICT (crime_type, classification, caveats)"
                        + " DO UPDATE SET active_ocgs = f.active_ocgs + EXCLUDED.active_ocgs")
                .setParameter(1, state.crimeType()).setParameter(2, state.marking().classification().name())
                .setParameter(3, StoredMarking.caveatsLiteral(state.marking())).setParameter(4, (long) delta)
                .executeUpdate();
    }

    /** An OCG's state as stored, with its marking's two columns. */
    private record StoredState(int version, String crimeType, String status, String classification,
            String[] caveats) {
    }

    private State load(UUID id) {
        return em.unwrap(Session.class).createNativeQuery("SELECT version, predominant_crime_type, status,"
                        + " classification, caveats FROM rocu_ocg WHERE id = ?1 FOR UPDATE", StoredState.class)
                .setParameter(1, id).getResultList().stream().findFirst()
                .map(r -> new State(r.version(), r.crimeType(), r.status(),
                        StoredMarking.of(r.classification(), r.caveats())))
                .orElse(null);
    }
}
