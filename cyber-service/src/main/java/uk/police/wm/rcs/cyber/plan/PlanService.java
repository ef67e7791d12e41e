package uk.police.wm.rcs.cyber.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.PlanEnums.Area;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;
import uk.police.wm.rcs.cyber.events.PlanEvents.ActionUpdated;
import uk.police.wm.rcs.cyber.events.PlanEvents.CommitmentUpdated;
import uk.police.wm.rcs.cyber.plan.PlanRequests.NewAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.NewProgressNote;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ReviseAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.SetCommitment;
import uk.police.wm.rcs.cyber.plan.PlanRequests.SetLead;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;

/** Changes to the five-point plan and the 4P delivery plans: versioned by If-Match, published as events. */
@ApplicationScoped
public class PlanService {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** {@code 2018} as {@code 2018-19}. */
    public static String label(int financialYear) {
        return String.format("%d-%02d", financialYear, (financialYear + 1) % 100);
    }

    /** The result of a create-or-replace: the entity and whether it was created. */
    public record Upsert<T>(T value, boolean created) {
    }

    /** Sets a commitment of a year's plan; revising an existing one needs If-Match (the same content again is a no-op). */
    @Transactional
    public Upsert<FivePointCommitment> setCommitment(int year, Area area, SetCommitment request, String ifMatch,
            Caller caller) {
        FivePointCommitment c = FivePointCommitment.findById(new FivePointCommitment.Key(year, area));
        boolean created = c == null;
        if (created) {
            c = new FivePointCommitment();
            c.key = new FivePointCommitment.Key(year, area);
        } else if (c.commitment.equals(request.commitment().strip()) && c.status == request.status()
                && Objects.equals(c.commentary, request.commentary() == null ? null : request.commentary().strip())) {
            return new Upsert<>(c, false);
        } else {
            ETags.requireMatch(ifMatch, c.version);
        }
        c.commitment = request.commitment().strip();
        c.status = request.status();
        c.commentary = request.commentary() == null ? null : request.commentary().strip();
        c.updatedAt = Instant.now(clock);
        c.updatedBy = caller.subject();
        if (created) {
            c.persist();
        }
        outbox.append(new CommitmentUpdated(label(year), area, c.status, c.commitment));
        return new Upsert<>(c, created);
    }

    /** Sets the lead of a strand's plan for a year; changing an existing lead needs If-Match. */
    @Transactional
    public Upsert<DeliveryPlan> setLead(int year, Strand strand, SetLead request, String ifMatch) {
        DeliveryPlan plan = DeliveryPlan.findById(new DeliveryPlan.Key(year, strand));
        boolean created = plan == null;
        if (created) {
            plan = new DeliveryPlan();
            plan.key = new DeliveryPlan.Key(year, strand);
        } else if (plan.lead.equals(request.lead().strip())) {
            return new Upsert<>(plan, false);
        } else {
            ETags.requireMatch(ifMatch, plan.version);
        }
        plan.lead = request.lead().strip();
        if (created) {
            plan.persist();
        }
        return new Upsert<>(plan, created);
    }

    /** Adds an action to a strand's plan (which needs its lead first), with its starting RAG. */
    @Transactional
    public PlanAction addAction(int year, Strand strand, NewAction request, Caller caller) {
        if (DeliveryPlan.findById(new DeliveryPlan.Key(year, strand)) == null) {
            throw Problems.notFound("No " + strand + " delivery plan for " + label(year) + ": set its lead first.");
        }
        PlanAction a = new PlanAction();
        a.id = UUID.randomUUID();
        a.financialYear = year;
        a.strand = strand;
        a.title = request.title().strip();
        a.owner = request.owner().strip();
        a.dueOn = request.dueOn();
        a.rag = request.rag();
        a.createdAt = Instant.now(clock);
        a.persist();
        if (request.startedOn() != null) {
            if (request.startedOn().isAfter(LocalDate.now(clock))) {
                throw Problems.unprocessable("startedOn is in the future.");
            }
            note(a, new NewProgressNote(request.startedOn(), a.rag, "Action set."), caller);
        } else {
            outbox.append(actionUpdated(a));
        }
        return a;
    }

    /** Revises an action's details (If-Match). */
    @Transactional
    public PlanAction reviseAction(UUID id, ReviseAction request, String ifMatch) {
        PlanAction a = action(id);
        ETags.requireMatch(ifMatch, a.version);
        a.title = request.title().strip();
        a.owner = request.owner().strip();
        a.dueOn = request.dueOn();
        a.completedOn = request.completedOn();
        outbox.append(actionUpdated(a));
        return a;
    }

    /** Adds a dated progress note; the action's RAG becomes the note's when it is the latest note. */
    @Transactional
    public PlanProgressNote addNote(UUID id, NewProgressNote request, Caller caller) {
        PlanAction a = action(id);
        if (request.notedOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("notedOn is in the future.");
        }
        return note(a, request, caller);
    }

    private PlanProgressNote note(PlanAction a, NewProgressNote request, Caller caller) {
        PlanProgressNote n = new PlanProgressNote();
        n.id = UUID.randomUUID();
        n.actionId = a.id;
        n.notedOn = request.notedOn();
        n.rag = request.rag();
        n.note = request.note().strip();
        n.notedBy = caller.subject();
        n.persist();
        boolean latest = PlanProgressNote.count("actionId = ?1 and notedOn > ?2", a.id, n.notedOn) == 0;
        if (latest) {
            a.rag = n.rag;
        }
        outbox.append(actionUpdated(a));
        return n;
    }

    public PlanAction action(UUID id) {
        PlanAction a = PlanAction.findById(id);
        if (a == null) {
            throw Problems.notFound("No plan action " + id + ".");
        }
        return a;
    }

    /** An action's notes, oldest first. */
    public List<PlanProgressNote> notes(UUID actionId) {
        return PlanProgressNote.list("actionId = ?1 order by notedOn, id", actionId);
    }

    private static ActionUpdated actionUpdated(PlanAction a) {
        return new ActionUpdated(a.id.toString(), label(a.financialYear), a.strand, a.title, a.owner, a.dueOn, a.rag,
                a.completedOn);
    }
}
