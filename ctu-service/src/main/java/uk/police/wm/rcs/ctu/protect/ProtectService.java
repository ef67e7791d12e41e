package uk.police.wm.rcs.ctu.protect;

import uk.police.wm.rcs.ctu.events.ProtectEvents;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ActivityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.ActivityView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.PlannedEventView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RegisterEvent;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** Protect activity (per force, force systems for their own) and the register of planned events driving demand. */
@ApplicationScoped
public class ProtectService {

    static final String NOT_FOUND = "No such Protect activity.";

    private static final Keyset.Order<ProtectActivity> NEWEST_FIRST = Keyset.Order.byDateThenId("delivered_on",
            a -> a.deliveredOn, a -> a.id, Keyset.Direction.DESCENDING);
    private static final Keyset.Order<PlannedEvent> SOONEST_FIRST = Keyset.Order.byDateThenId("starts_on",
            e -> e.startsOn, e -> e.id, Keyset.Direction.ASCENDING);

    @Inject
    Outbox outbox;

    @Inject
    NewRecordIntake intake;

    @Inject
    NewProtectActivities activities;

    @Inject
    ThreatLevelService threatLevels;

    @Inject
    Clock clock;

    /** A recorded activity as the API shows it, and whether this call recorded it (false: a retry of the same). */
    public record Recorded(ActivityView activity, boolean created) {
    }

    /**
     * Records an activity through the platform's intake flow: the same activity again (force, reference and marking)
     * is answered with the original, with other details it is a 409.
     */
    public Recorded record(RecordActivity request, Caller caller) {
        NewRecordIntake.Taken<ProtectActivity> taken = intake.take(activities, checked(request, caller), caller);
        return new Recorded(toView(taken.record()), taken.created());
    }

    /**
     * The activity as it will be stored (its force, its marking with the default), or the problem a rule raises;
     * writes nothing. A batch checks each of its records with it.
     */
    public RecordActivity checked(RecordActivity request, Caller caller) {
        Force force = ForceScope.of(caller, request.force(), "force");
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(
                request.classification() == null ? Classification.OFFICIAL_SENSITIVE : request.classification(),
                request.caveats()));
        if (isTraining(request.kind()) != (request.attendees() != null)
                || isTraining(request.kind()) == (request.siteType() != null)) {
            throw Problems.unprocessable("Training carries an attendee count and no site type; a visit or review"
                    + " carries a site type and no attendee count.").with("field", misplaced(request));
        }
        return new RecordActivity(force, request.reference(), request.kind(), request.siteType(),
                request.attendees(), request.deliveredOn(), marking.classification(), marking.caveats());
    }

    /** The field that breaks the kind rule: the one the kind needs and lacks, else the one it must not have. */
    private static String misplaced(RecordActivity request) {
        if (isTraining(request.kind())) {
            return request.attendees() == null ? "attendees" : "siteType";
        }
        return request.siteType() == null ? "siteType" : "attendees";
    }

    /** Training is counted by attendees; a visit or review is of a site. */
    static boolean isTraining(ActivityKind kind) {
        return kind == ActivityKind.AWARENESS_TRAINING || kind == ActivityKind.SECURITY_TRAINING;
    }

    @Transactional
    public ActivityView get(UUID id, Caller caller) {
        ProtectActivity a = ProtectActivity.<ProtectActivity>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, a.marking(), NOT_FOUND);
        if (!ForceScope.covers(caller, a.force)) {
            throw Problems.notFound(NOT_FOUND);
        }
        return toView(a);
    }

    /** Activity the caller may see, newest first; a force system sees its own force's only. */
    @Transactional
    public Page<ActivityView> list(PageRequest page, Caller caller) {
        SqlFilter visible = SqlFilter.visibleTo(caller).andIfPresent("force = :force", "force",
                ForceScope.listedFor(caller).map(Force::name).orElse(null));
        return Keyset.page(ProtectActivity.getEntityManager(), ProtectActivity.class, "protect_activity", visible,
                NEWEST_FIRST, page).map(this::toView);
    }

    @Transactional
    public PlannedEventView register(RegisterEvent request) {
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw Problems.unprocessable("A planned event cannot end before it starts.");
        }
        PlannedEvent e = new PlannedEvent();
        e.id = UUID.randomUUID();
        e.name = request.name().strip();
        e.startsOn = request.startsOn();
        e.endsOn = request.endsOn();
        e.expectedDemand = request.expectedDemand();
        e.notes = request.notes();
        e.persistAndFlush();
        // the register is public: planned events carry no marking of their own
        outbox.append(new ProtectEvents.PlannedEventRegistered(e.id.toString(), e.name, e.startsOn, e.endsOn,
                e.expectedDemand));
        return toView(e);
    }

    /** The register in date order (planned events are public, OFFICIAL). */
    @Transactional
    public Page<PlannedEventView> plannedEvents(PageRequest page) {
        return Keyset.page(PlannedEvent.getEntityManager(), PlannedEvent.class, "planned_event", SqlFilter.all(),
                SOONEST_FIRST, page).map(this::toView);
    }

    @Transactional
    public PlannedEventView plannedEvent(UUID id) {
        return PlannedEvent.<PlannedEvent>findByIdOptional(id).map(this::toView)
                .orElseThrow(() -> Problems.notFound("No such planned event."));
    }

    private ActivityView toView(ProtectActivity a) {
        return new ActivityView(a.id.toString(), a.force, a.reference, a.kind, a.siteType, a.attendees,
                a.deliveredOn, a.classification, a.marking().caveats(), threatLevels.levelsOn(a.deliveredOn));
    }

    private PlannedEventView toView(PlannedEvent e) {
        return new PlannedEventView(e.id.toString(), e.name, e.startsOn, e.endsOn, e.expectedDemand, e.notes);
    }
}
