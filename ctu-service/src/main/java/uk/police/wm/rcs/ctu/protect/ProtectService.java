package uk.police.wm.rcs.ctu.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.ctu.common.ForceScope;
import uk.police.wm.rcs.ctu.common.Markings;
import uk.police.wm.rcs.ctu.common.VisibleLists;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.ActivityView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.PlannedEventView;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RegisterEvent;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.Visibility;

/** Protect activity (per force, force systems for their own) and the register of planned events driving demand. */
@ApplicationScoped
public class ProtectService {

    static final String NOT_FOUND = "No such Protect activity.";

    @Inject
    Outbox outbox;

    @Inject
    ThreatLevelService threatLevels;

    @Inject
    Clock clock;

    @Transactional
    public ActivityView record(RecordActivity request, Caller caller) {
        Force force = ForceScope.of(caller, request.force());
        Classification classification = request.classification() == null ? Classification.OFFICIAL_SENSITIVE
                : request.classification();
        Markings.requireWithinCaller(caller, classification, request.caveats());
        if (request.kind().isTraining() != (request.attendees() != null)
                || request.kind().isTraining() == (request.siteType() != null)) {
            throw Problems.unprocessable("Training carries an attendee count and no site type; a visit or review"
                    + " carries a site type and no attendee count.");
        }
        ProtectActivity a = new ProtectActivity();
        a.id = UUID.randomUUID();
        a.force = force;
        a.reference = request.reference();
        a.kind = request.kind();
        a.siteType = request.siteType();
        a.attendees = request.attendees();
        a.deliveredOn = request.deliveredOn();
        a.classification = classification;
        a.caveats = Markings.store(request.caveats());
        a.createdAt = Instant.now(clock);
        a.createdBy = caller.subject();
        a.persistAndFlush();
        outbox.append(ProtectEvents.ActivityRecorded.AGGREGATE, a.id.toString(), ProtectEvents.ActivityRecorded.TYPE,
                new ProtectEvents.ActivityRecorded(a.id.toString(), a.force,
                        FinancialQuarter.of(a.deliveredOn).toString(), a.kind, a.siteType, a.attendees,
                        a.classification.name()));
        return toView(a);
    }

    @Transactional
    public ActivityView get(UUID id, Caller caller) {
        ProtectActivity a = ProtectActivity.<ProtectActivity>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, Markings.of(a.classification, a.caveats), NOT_FOUND);
        if (ForceScope.listedFor(caller).filter(own -> own != a.force).isPresent()) {
            throw Problems.notFound(NOT_FOUND);
        }
        return toView(a);
    }

    /** Activity the caller may see, newest first; a force system sees its own force's only. */
    @Transactional
    public Page<ActivityView> list(PageRequest page, Caller caller) {
        Force own = ForceScope.listedFor(caller).orElse(null);
        return VisibleLists.newestFirst(ProtectActivity.class, "protect_activity", "delivered_on",
                own == null ? null : "force = :force", own == null ? Map.of() : Map.of("force", own.name()), caller,
                page, a -> a.deliveredOn, a -> a.id).map(this::toView);
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
        outbox.append(ProtectEvents.PlannedEventRegistered.AGGREGATE, e.id.toString(),
                ProtectEvents.PlannedEventRegistered.TYPE, new ProtectEvents.PlannedEventRegistered(e.id.toString(),
                        e.name, e.startsOn, e.endsOn, e.expectedDemand));
        return toView(e);
    }

    /** The register in date order (planned events are public, OFFICIAL). */
    @Transactional
    public Page<PlannedEventView> plannedEvents(PageRequest page) {
        List<PlannedEvent> rows = page.after().map(c -> {
            try {
                return PlannedEvent.<PlannedEvent>find("startsOn > ?1 or (startsOn = ?1 and id > ?2)"
                        + " order by startsOn, id", LocalDate.parse(c.sortKey()), UUID.fromString(c.id()));
            } catch (RuntimeException ex) {
                throw Cursor.invalid();
            }
        }).orElseGet(() -> PlannedEvent.find("order by startsOn, id")).range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, e -> new Cursor(e.startsOn.toString(), e.id.toString())).map(this::toView);
    }

    @Transactional
    public PlannedEventView plannedEvent(UUID id) {
        return PlannedEvent.<PlannedEvent>findByIdOptional(id).map(this::toView)
                .orElseThrow(() -> Problems.notFound("No such planned event."));
    }

    private ActivityView toView(ProtectActivity a) {
        return new ActivityView(a.id.toString(), a.force, a.reference, a.kind, a.siteType, a.attendees,
                a.deliveredOn, a.classification, Markings.caveats(a.caveats), threatLevels.levelsOn(a.deliveredOn));
    }

    private PlannedEventView toView(PlannedEvent e) {
        return new PlannedEventView(e.id.toString(), e.name, e.startsOn, e.endsOn, e.expectedDemand, e.notes);
    }
}
