package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents;
import uk.police.wm.rcs.rocu.events.OcgStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents.NoticeDecided;

/** Receives partner regions' cross-border notices and records the analyst's decision on each. */
@ApplicationScoped
public class CrossBorderNoticeService {

    static final String RECORD_TYPE = "cross-border-notice";
    static final String NOT_FOUND = "No such notice.";

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** A notice as a partner region sends it, naming our OCG by its reference or its shareable reference. */
    public record NoticeRequest(@NotBlank @Size(max = 40) String ocgReference,
            @NotBlank @Size(max = 100) String partnerReference, @NotBlank @Size(max = 2000) String summary) {
    }

    /** The analyst's decision. */
    public record NoticeDecision(@NotNull CrossBorderNoticeEvents.Status decision, @NotBlank @Size(max = 2000) String reason) {
    }

    /** A notice as the API shows it. */
    public record NoticeView(String id, String ocgId, String partnerClient, String partnerReference, String summary,
            CrossBorderNoticeEvents.Status status, String decisionReason, Instant receivedAt, Instant decidedAt) {
        static NoticeView of(CrossBorderNotice n) {
            return new NoticeView(n.id.toString(), n.ocgId.toString(), n.partnerClient, n.partnerReference,
                    n.summary, n.status, n.decisionReason, n.receivedAt, n.decidedAt);
        }
    }

    /** Attaches a notice to an active OCG; a resend of the same partner reference returns the first. */
    @Transactional
    public CrossBorderNotice receive(NoticeRequest request, Caller partner) {
        String client = partner.partnerRegion();
        CrossBorderNotice same = CrossBorderNotice.find("partnerClient = ?1 and partnerReference = ?2", client,
                request.partnerReference()).firstResult();
        if (same != null) {
            return same;
        }
        // our reference, or the shareable one we gave the partner (GET /api/v1/ocg-references/{shareable})
        Ocg ocg = Ocg.<Ocg>find("reference = ?1 or shareableReference = ?1", request.ocgReference().strip())
                .firstResultOptional()
                .filter(o -> o.status == OcgStatus.ACTIVE)
                .orElseThrow(() -> Problems.unprocessable("No active OCG with that reference takes notices."));
        CrossBorderNotice n = new CrossBorderNotice();
        n.id = UUID.randomUUID();
        n.ocgId = ocg.id;
        n.partnerClient = client;
        n.partnerReference = request.partnerReference().strip();
        n.summary = request.summary().strip();
        n.status = CrossBorderNoticeEvents.Status.PENDING;
        n.receivedAt = Instant.now(clock);
        n.persist();
        auditLog.record(AuditOperation.COLLECTION, RECORD_TYPE, List.of(n.id.toString()));
        return n;
    }

    /** Accepts or rejects a pending notice; a decided notice cannot be decided again. */
    @Transactional
    public CrossBorderNotice decide(UUID id, NoticeDecision decision, Caller analyst) {
        CrossBorderNotice n = CrossBorderNotice.<CrossBorderNotice>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        if (decision.decision() == CrossBorderNoticeEvents.Status.PENDING) {
            throw Problems.unprocessable("A decision is ACCEPTED or REJECTED.");
        }
        if (n.status != CrossBorderNoticeEvents.Status.PENDING) {
            throw Problems.conflict("The notice was already " + n.status + ".");
        }
        n.status = decision.decision();
        n.decisionReason = decision.reason().strip();
        n.decidedBy = analyst.subject();
        n.decidedAt = Instant.now(clock);
        auditLog.record(AuditOperation.ALTERATION, RECORD_TYPE, List.of(n.id.toString()));
        outbox.append(new NoticeDecided(n.id.toString(), n.partnerClient, n.status, n.decidedAt));
        return n;
    }

    /**
     * The notice, for the partner region that sent it; any other caller's request is answered as for a notice that
     * does not exist (404), so a partner cannot learn whether another region's notice exists.
     */
    public CrossBorderNotice forSender(UUID id, Caller partner) {
        return CrossBorderNotice.<CrossBorderNotice>findByIdOptional(id)
                .filter(n -> n.partnerClient.equals(partner.partnerRegion()))
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
    }

    public List<CrossBorderNotice> forOcg(UUID ocgId) {
        return CrossBorderNotice.list("ocgId = ?1 order by receivedAt, id", ocgId);
    }
}
