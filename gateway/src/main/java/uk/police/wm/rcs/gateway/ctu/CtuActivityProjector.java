package uk.police.wm.rcs.gateway.ctu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

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
    record Output(String category, int attendees, int agencies, int lessons, int openLessons) {
    }

    /**
     * What an event of an operation, case, activity or exercise says of it, read from the producer's record. Events
     * published before versions and measures were sent lack them: an absent version is 1, an absent measure 0.
     */
    record Change(UUID id, int version, String fourP, String quarter, String motivation, Output output) {

        static Change of(Applied event) {
            return switch (event.event().type()) {
                case PURSUE -> {
                    PursueEvents.OperationChanged op = event.as(PursueEvents.OperationChanged.class);
                    yield new Change(uuid(op.id(), "id"), versionOf(op.version()), "PURSUE", op.quarter(),
                            motivationOf(op.motivation()), null);
                }
                case PREVENT -> {
                    PreventCaseChangedEvent c = event.as(PreventCaseChangedEvent.class);
                    // a case with an outcome counts under it; one still open under its stage
                    String category = c.outcome() != null ? c.outcome().name() : required(c.stage(), "stage").name();
                    yield new Change(uuid(c.id(), "id"), versionOf(c.version()), "PREVENT", c.quarter(),
                            motivationOf(c.motivation()), new Output(category, 0, 0, 0, 0));
                }
                case PROTECT -> {
                    ProtectEvents.ActivityRecorded a = event.as(ProtectEvents.ActivityRecorded.class);
                    // visits and reviews by the site type, training by its kind with its attendees
                    String category = a.siteType() != null ? a.siteType().name() : required(a.kind(), "kind").name();
                    yield new Change(uuid(a.id(), "id"), 1, "PROTECT", a.quarter(), NOT_APPLICABLE,
                            new Output(category, orZero(a.attendees()), 0, 0, 0));
                }
                default -> {
                    ExerciseRecordedEvent e = event.as(ExerciseRecordedEvent.class);
                    yield new Change(uuid(e.id(), "id"), versionOf(e.version()), "PREPARE", e.quarter(),
                            NOT_APPLICABLE, new Output(required(e.type(), "type").name(), 0, orZero(e.agencies()),
                                    orZero(e.lessons()), orZero(e.openLessons())));
                }
            };
        }

        private static int versionOf(Long version) {
            return version == null ? 1 : version.intValue();
        }

        private static String motivationOf(Enum<?> motivation) {
            return motivation == null ? NOT_APPLICABLE : motivation.name();
        }

        private static int orZero(Number measure) {
            return measure == null ? 0 : measure.intValue();
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
        switch (event.event().type()) {
            case RESTRICTED -> restricted(event.as(PursueEvents.RestrictedCounted.class), event.marking());
            case WITHDRAWN -> withdrawn(uuid(event.as(PursueEvents.OperationWithdrawn.class).id(), "id"));
            default -> changed(Change.of(event), event.marking());
        }
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE ctu_activity, ctu_activity_figure, ctu_restricted_count, ctu_output_figure").executeUpdate();
    }

    private void changed(Change change, SecurityMarking marking) {
        UUID id = change.id();
        int version = change.version();
        Activity before = load(id);
        if (before != null && before.version() >= version) {
            return;
        }
        String fourP = change.fourP();
        String motivation = change.motivation();
        Activity after = new Activity(version, fourP, required(change.quarter(), "quarter"), motivation, marking,
                change.output());
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

    private void restricted(PursueEvents.RestrictedCounted count, SecurityMarking marking) {
        Long operations = count.operations();
        em.createNativeQuery("INSERT INTO ctu_restricted_count (quarter, operations, classification, caveats)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS text[])) ON CONFLICT (quarter) DO UPDATE SET"
                        + " operations = EXCLUDED.operations, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, required(count.quarter(), "quarter"))
                .setParameter(2, operations == null ? null : operations.intValue())
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
