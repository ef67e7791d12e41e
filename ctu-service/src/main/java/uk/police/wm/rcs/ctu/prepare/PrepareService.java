package uk.police.wm.rcs.ctu.prepare;

import uk.police.wm.rcs.ctu.events.ExerciseRecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.PrepareEnums.FollowUp;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.ExerciseView;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.Lesson;
import uk.police.wm.rcs.ctu.prepare.PrepareRequests.RecordExercise;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** Prepare exercises: recording (force systems for their own force), lessons' follow-up, need-to-know reads. */
@ApplicationScoped
public class PrepareService {

    static final String NOT_FOUND = "No such exercise.";

    private static final Keyset.Order<Exercise> NEWEST_FIRST = Keyset.Order.byDateThenId("held_on", e -> e.heldOn,
            e -> e.id, Keyset.Direction.DESCENDING);

    @Inject
    Outbox outbox;

    @Inject
    ThreatLevelService threatLevels;

    @Inject
    Clock clock;

    @Transactional
    public ExerciseView record(RecordExercise request, Caller caller) {
        Force force = ForceScope.of(caller, request.force(), "force");
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(
                request.classification() == null ? Classification.OFFICIAL_SENSITIVE : request.classification(),
                request.caveats()));
        Exercise e = new Exercise();
        e.id = UUID.randomUUID();
        e.force = force;
        e.reference = request.reference();
        e.type = request.type();
        e.scenario = request.scenario();
        e.title = request.title().strip();
        e.heldOn = request.heldOn();
        e.place = request.place().strip();
        e.agencies = String.join("|", request.agencies().stream().map(String::strip).toList());
        e.mark(marking);
        e.createdAt = Instant.now(clock);
        e.createdBy = caller.subject();
        setLessons(e, request.lessons());
        e.persistAndFlush();
        publish(e);
        return toView(e);
    }

    @Transactional
    public ExerciseView updateLessons(UUID id, List<Lesson> lessons, String ifMatch, Caller caller) {
        Exercise e = visible(id, caller);
        ETags.requireMatch(ifMatch, e.version);
        setLessons(e, lessons);
        // a change to the element collection alone does not bump the owner's @Version
        Exercise.getEntityManager().lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Exercise.getEntityManager().flush();
        publish(e);
        return toView(e);
    }

    @Transactional
    public ExerciseView get(UUID id, Caller caller) {
        return toView(visible(id, caller));
    }

    @Transactional
    public Page<ExerciseView> list(PageRequest page, Caller caller) {
        SqlFilter visible = SqlFilter.visibleTo(caller).andIfPresent("force = :force", "force",
                ForceScope.listedFor(caller).map(Force::name).orElse(null));
        return Keyset.page(Exercise.getEntityManager(), Exercise.class, "prepare_exercise", visible, NEWEST_FIRST,
                page).map(this::toView);
    }

    private Exercise visible(UUID id, Caller caller) {
        Exercise e = Exercise.<Exercise>findByIdOptional(id).orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, e.marking(), NOT_FOUND);
        if (!ForceScope.covers(caller, e.force)) {
            throw Problems.notFound(NOT_FOUND);
        }
        return e;
    }

    private static void setLessons(Exercise e, List<Lesson> lessons) {
        e.lessons.clear();
        if (lessons != null) {
            lessons.forEach(l -> {
                ExerciseLesson lesson = new ExerciseLesson();
                lesson.lesson = l.lesson().strip();
                lesson.followUp = l.followUp();
                e.lessons.add(lesson);
            });
        }
    }

    private void publish(Exercise e) {
        outbox.append(new ExerciseRecordedEvent(e.id.toString(), e.force, FinancialQuarter.of(e.heldOn).toString(),
                e.type, e.scenario, e.agencies.split("\\|").length, e.lessons.size(), openLessons(e), e.version,
                e.classification, e.marking().caveats()));
    }

    private static long openLessons(Exercise e) {
        return e.lessons.stream().filter(l -> l.followUp != FollowUp.COMPLETE).count();
    }

    private ExerciseView toView(Exercise e) {
        return new ExerciseView(e.id.toString(), e.force, e.reference, e.type, e.scenario, e.title, e.heldOn, e.place,
                Arrays.asList(e.agencies.split("\\|")),
                e.lessons.stream().map(l -> new Lesson(l.lesson, l.followUp)).toList(), openLessons(e),
                e.classification, e.marking().caveats(), threatLevels.levelsOn(e.heldOn), e.version);
    }
}
