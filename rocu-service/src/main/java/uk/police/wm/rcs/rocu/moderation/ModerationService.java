package uk.police.wm.rcs.rocu.moderation;

import java.util.Optional;
import uk.police.wm.rcs.rocu.events.ModerationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.DecideDisruption;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.ForceBacklog;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.HoldPanel;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.PanelView;

/** Runs the monthly moderation panels: records panels and decisions, keeps the history, answers the backlog. */
@ApplicationScoped
public class ModerationService {

    static final String NO_PANEL = "No such panel.";

    @Inject
    DisruptionService disruptions;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ForceFeedbackService feedback;

    @Transactional
    public ModerationPanel hold(HoldPanel request, Caller caller) {
        ModerationPanel p = new ModerationPanel();
        p.id = UUID.randomUUID();
        p.heldOn = request.heldOn();
        p.chair = request.chair().strip();
        p.attendingForces = request.attendingForces().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        p.partnerAgencies = request.partnerAgencies() == null ? ""
                : String.join(",", new TreeSet<>(request.partnerAgencies().stream().map(String::strip).toList()));
        p.recordedAt = Instant.now(clock);
        p.recordedBy = caller.subject();
        p.persist();
        PanelView view = view(p);
        // a panel's date, chair and attendance are organisational, not about any record
        outbox.append(new ModerationEvents.PanelHeld(view.id(), view.heldOn(), view.attendingForces(),
                view.partnerAgencies()));
        return p;
    }

    /** Applies a panel's decision to a CLAIMED disruption, keeps it in the history and publishes it. */
    @Transactional
    public ModerationDecision decide(ModerationPanel panel, DecideDisruption request, Caller caller) {
        Disruption d = disruptions.visible(DisruptionNames.idOf(request), caller);
        Disruption.getEntityManager().lock(d, LockModeType.PESSIMISTIC_WRITE);
        Impact moderated = ModerationRules.moderatedImpact(d.status, d.claimedImpact, request.decision(),
                request.moderatedImpact(), request.reason());
        DisruptionStatus previous = d.status;
        d.status = ModerationRules.statusAfter(request.decision());
        d.moderatedImpact = moderated;
        d.updatedAt = Instant.now(clock);

        ModerationDecision decision = new ModerationDecision();
        decision.id = UUID.randomUUID();
        decision.disruptionId = d.id;
        decision.panelId = panel.id;
        decision.decision = request.decision();
        decision.fromStatus = previous;
        decision.toStatus = d.status;
        decision.claimedImpact = d.claimedImpact;
        decision.moderatedImpact = moderated;
        decision.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        decision.decidedBy = caller.subject();
        decision.decidedAt = d.updatedAt;
        decision.persist();
        em.flush();
        auditLog.record(AuditOperation.ALTERATION, DisruptionService.RECORD_TYPE, List.of(d.id.toString()));
        outbox.append(new ModerationEvents.DisruptionModerated(d.id.toString(), panel.id.toString(), d.force,
                d.crimeType, FinancialQuarter.of(d.disruptedOn).toString(), decision.decision, previous, d.status,
                d.claimedImpact, moderated, d.version, d.classification, d.marking().caveats()));
        feedback.notifyForce(d, decision, panel);
        // a highlight aimed at a priority individual is never published: its narrative may be about a person
        highlight(d).ifPresent(outbox::append);
        return decision;
    }

    /** A disruption's decisions, oldest first. */
    public List<ModerationDecision> history(UUID disruptionId, Caller caller) {
        disruptions.visible(disruptionId, caller);
        return ModerationDecision.list("disruptionId = ?1 order by seq", disruptionId);
    }

    /**
     * Per force: the disruptions the caller may see awaiting a panel (CLAIMED) and returned for information, with the
     * oldest claim.
     */
    public List<ForceBacklog> backlog(Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("status in ('CLAIMED', 'RETURNED_FOR_INFORMATION')");
        @SuppressWarnings("unchecked")
        List<BacklogRow> rows = where.bind(em.createNativeQuery("select force, count(*) filter (where status ="
                + " 'CLAIMED'), count(*) filter (where status = 'RETURNED_FOR_INFORMATION'), min(disrupted_on) filter"
                + " (where status = 'CLAIMED') from disruption" + where.sql() + " group by force", BacklogRow.class))
                .getResultList();
        return Arrays.stream(Force.values()).map(f -> rows.stream().filter(r -> f.name().equals(r.force())).findFirst()
                .map(r -> new ForceBacklog(f, r.claimed(), r.returned(), r.oldestClaim()))
                .orElse(new ForceBacklog(f, 0, 0, null))).toList();
    }

    /** The panel with this id, or the one panel held on this date ({@code yyyy-MM-dd}); 409 when several were. */
    public ModerationPanel panelNamed(String idOrDate) {
        try {
            return panel(UUID.fromString(idOrDate));
        } catch (IllegalArgumentException notAnId) {
            LocalDate heldOn;
            try {
                heldOn = LocalDate.parse(idOrDate);
            } catch (DateTimeParseException notADate) {
                throw Problems.notFound(NO_PANEL);
            }
            List<ModerationPanel> held = ModerationPanel.list("heldOn", heldOn);
            if (held.size() > 1) {
                throw Problems.conflict("Several panels were held on " + heldOn + ": name the panel by its id.");
            }
            return held.stream().findFirst().orElseThrow(() -> Problems.notFound(NO_PANEL));
        }
    }

    public ModerationPanel panel(UUID id) {
        return ModerationPanel.<ModerationPanel>findByIdOptional(id).orElseThrow(() -> Problems.notFound(NO_PANEL));
    }

    static PanelView view(ModerationPanel p) {
        return new PanelView(p.id.toString(), p.heldOn, p.chair, split(p.attendingForces), split(p.partnerAgencies));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }

    /** A force's backlog as counted: claims awaiting a panel, claims returned for information, the oldest claim. */
    private record BacklogRow(String force, long claimed, long returned, LocalDate oldestClaim) {
    }

    /**
     * The highlight a decided disruption publishes, if any: only a highlighted disruption that now counts
     * (approved or downgraded), and never one aimed at a priority individual, whose narrative may be about a
     * person (no narrative about a person leaves the service; {@code namesPerson} is therefore always false on
     * the wire and is there so a consumer can refuse one should that ever change).
     */
    static Optional<ModerationEvents.HighlightPublished> highlight(Disruption d) {
        boolean counted = d.status == DisruptionStatus.APPROVED || d.status == DisruptionStatus.DOWNGRADED;
        if (!d.highlight || !counted || d.namesPerson()) {
            return Optional.empty();
        }
        return Optional.of(new ModerationEvents.HighlightPublished(d.id.toString(),
                FinancialQuarter.of(d.disruptedOn).toString(), d.force, d.crimeType, d.leadAgency, d.category,
                d.moderatedImpact, d.narrative, d.classification, d.marking().caveats(), d.namesPerson()));
    }
}
