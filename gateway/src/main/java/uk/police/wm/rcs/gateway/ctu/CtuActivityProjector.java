package uk.police.wm.rcs.gateway.ctu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import uk.police.wm.rcs.ctu.events.ExerciseRecordedEvent;
import uk.police.wm.rcs.ctu.events.PreventCaseChangedEvent;
import uk.police.wm.rcs.ctu.events.ProtectEvents;
import uk.police.wm.rcs.ctu.events.PursueEvents;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Counts CTU activity per quarter, 4 P and motivation from the CTU events (which carry categories and counts, never
 * narrative), with each record's marking as its event carries it; a withdrawn (reporting-restricted) operation stops
 * counting and is known only through the restricted count. Prevent, Protect and Prepare records also count in
 * their outputs ({@code ctu_output_figure}: Prevent cases by outcome or stage, Protect visits by site type and
 * training with attendees, exercises by type with agencies and lessons).
 */
@ApplicationScoped
public class CtuActivityProjector implements EventProjector {

    static final String PURSUE = PursueEvents.OperationChanged.TYPE;
    static final String WITHDRAWN = PursueEvents.OperationWithdrawn.TYPE;
    static final String RESTRICTED = PursueEvents.RestrictedCounted.TYPE;
    static final String PREVENT = PreventCaseChangedEvent.TYPE;
    static final String PROTECT = ProtectEvents.ActivityRecorded.TYPE;
    static final String PREPARE = ExerciseRecordedEvent.TYPE;
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private record Activity(int version, String fourP, String quarter, String motivation, SecurityMarking marking,
            Output output) {
    }

    /**
     * What a Prevent case, Protect activity or Prepare exercise adds to the outputs (null for Pursue, and for rows
     * applied before the outputs were kept): its category and measures.
     */
    private record Output(String category, int attendees, int agencies, int lessons, int openLessons) {

        static Output of(String fourP, JsonNode data) {
            return switch (fourP) {
                // a case with an outcome counts under it; one still open under its stage
                case "PREVENT" -> new Output(data.hasNonNull("outcome") ? text(data, "outcome") : text(data, "stage"),
                        0, 0, 0, 0);
                // visits and reviews by the site type, training by its kind with its attendees
                case "PROTECT" -> new Output(data.hasNonNull("siteType") ? text(data, "siteType") : text(data, "kind"),
                        data.path("attendees").asInt(0), 0, 0, 0);
                case "PREPARE" -> new Output(text(data, "type"), 0, data.path("agencies").asInt(0),
                        data.path("lessons").asInt(0), data.path("openLessons").asInt(0));
                default -> null;
            };
        }
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
        em.createNativeQuery("TRUNCATE ctu_activity, ctu_activity_figure, ctu_restricted_count, ctu_output_figure").executeUpdate();
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
        Activity after = new Activity(version, fourP, text(data, "quarter"), motivation, marking,
                Output.of(fourP, data));
        if (before != null) {
            count(before, -1);
        }
        count(after, +1);
        Output output = after.output();
        em.createNativeQuery("INSERT INTO ctu_activity (id, version, four_p, quarter, motivation, classification,"
                        + " caveats, output_category, attendees, agencies, lessons, open_lessons)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS text[]), ?8, ?9, ?10, ?11, ?12)"
                        + " ON CONFLICT (id) DO UPDATE SET"
                        + " version = EXCLUDED.version, four_p = EXCLUDED.four_p, quarter = EXCLUDED.quarter,"
                        + " motivation = EXCLUDED.motivation, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats, output_category = EXCLUDED.output_category,"
                        + " attendees = EXCLUDED.attendees, agencies = EXCLUDED.agencies, lessons = EXCLUDED.lessons,"
                        + " open_lessons = EXCLUDED.open_lessons")
                .setParameter(1, id).setParameter(2, version).setParameter(3, fourP).setParameter(4, after.quarter())
                .setParameter(5, motivation).setParameter(6, marking.classification().name())
                .setParameter(7, StoredMarking.caveatsLiteral(marking))
                .setParameter(8, output == null ? null : output.category())
                .setParameter(9, output == null ? null : output.attendees())
                .setParameter(10, output == null ? null : output.agencies())
                .setParameter(11, output == null ? null : output.lessons())
                .setParameter(12, output == null ? null : output.openLessons())
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
        Output o = a.output();
        if (o == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO ctu_output_figure AS f (quarter, four_p, category, classification, caveats,"
                        + " records, attendees, agencies, lessons, open_lessons)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]), ?6, ?7, ?8, ?9, ?10)"
                        + " ON CONFLICT (quarter, four_p, category, classification, caveats) DO UPDATE SET"
                        + " records = f.records + EXCLUDED.records, attendees = f.attendees + EXCLUDED.attendees,"
                        + " agencies = f.agencies + EXCLUDED.agencies, lessons = f.lessons + EXCLUDED.lessons,"
                        + " open_lessons = f.open_lessons + EXCLUDED.open_lessons")
                .setParameter(1, a.quarter()).setParameter(2, a.fourP()).setParameter(3, o.category())
                .setParameter(4, a.marking().classification().name())
                .setParameter(5, StoredMarking.caveatsLiteral(a.marking())).setParameter(6, (long) delta)
                .setParameter(7, (long) delta * o.attendees()).setParameter(8, (long) delta * o.agencies())
                .setParameter(9, (long) delta * o.lessons()).setParameter(10, (long) delta * o.openLessons())
                .executeUpdate();
    }

    /** An activity as stored, with its marking's two columns; the output columns are null for Pursue. */
    private record StoredActivity(int version, String fourP, String quarter, String motivation, String classification,
            String[] caveats, String outputCategory, Integer attendees, Integer agencies, Integer lessons,
            Integer openLessons) {
    }

    private Activity load(UUID id) {
        return em.unwrap(Session.class).createNativeQuery("SELECT version, four_p, quarter, motivation,"
                        + " classification, caveats, output_category, attendees, agencies, lessons, open_lessons"
                        + " FROM ctu_activity WHERE id = ?1 FOR UPDATE", StoredActivity.class)
                .setParameter(1, id).getResultList().stream().findFirst()
                .map(r -> new Activity(r.version(), r.fourP(), r.quarter(), r.motivation(),
                        StoredMarking.of(r.classification(), r.caveats()), r.outputCategory() == null ? null
                                : new Output(r.outputCategory(), intOf(r.attendees()), intOf(r.agencies()),
                                        intOf(r.lessons()), intOf(r.openLessons()))))
                .orElse(null);
    }

    private static int intOf(Integer column) {
        return column == null ? 0 : column;
    }
}
