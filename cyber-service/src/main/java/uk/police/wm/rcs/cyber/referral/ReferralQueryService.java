package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;

/**
 * Reads of referrals: each one is about a victim, so each is justified and audited as a consultation, and every list
 * holds only the referrals the caller may see (need-to-know, and a force system's own force).
 */
@ApplicationScoped
public class ReferralQueryService {

    private static final String TABLE = "referral";

    @Inject
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Which referrals a list asks for. */
    public enum Queue {
        ALL, AWAITING_TRIAGE, AWAITING_ACTION_FRAUD
    }

    /** One referral, audited with the caller's justification. */
    @Transactional
    public Referral get(String id, String justification, Caller caller) {
        Referral r = ReferralCaseService.visible(id, caller);
        auditLog.record(AuditEntry.of(AuditOperation.CONSULTATION, ReferralEvents.AGGREGATE, r.id.toString())
                .withJustification(justification));
        return r;
    }

    /** Referrals in receipt order (oldest first), optionally one work queue; audited with every id returned. */
    @Transactional
    public Page<Referral> list(Queue queue, PageRequest page, String justification, Caller caller) {
        SqlFilter filter = visibleTo(caller);
        if (queue == Queue.AWAITING_TRIAGE) {
            filter.and("triage_outcome is null");
        } else if (queue == Queue.AWAITING_ACTION_FRAUD) {
            filter.and("source = :direct and sent_to_action_fraud_on is null", "direct",
                    ReferralSource.FORCE_DIRECT.name());
        }
        Page<Referral> result = Keyset.page(em, Referral.class, TABLE, filter,
                Keyset.Order.byInstantThenId("received_at", r -> r.receivedAt, r -> r.id, Direction.ASCENDING), page);
        audit(result, justification);
        return result;
    }

    /** Vulnerable victims not yet contacted whose deadline has passed, most overdue first; audited. */
    @Transactional
    public Page<Referral> overdueVictimContacts(PageRequest page, String justification, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(ReferralIntakeService.ZONE));
        SqlFilter filter = visibleTo(caller).and("victim_contacted_on is null and contact_due_by < :today", "today",
                today);
        Page<Referral> result = Keyset.page(em, Referral.class, TABLE, filter,
                Keyset.Order.byDateThenId("contact_due_by", r -> r.contactDueBy, r -> r.id, Direction.ASCENDING),
                page);
        audit(result, justification);
        return result;
    }

    /** The referrals a caller may see: need-to-know, and for a force system its own force's only. */
    private static SqlFilter visibleTo(Caller caller) {
        SqlFilter filter = SqlFilter.visibleTo(caller);
        ForceScope.listedFor(caller).ifPresent(force -> filter.and("force = :force", "force", force.name()));
        return filter;
    }

    private void audit(Page<Referral> page, String justification) {
        List<String> ids = page.items().stream().map(r -> r.id.toString()).toList();
        auditLog.record(AuditEntry.of(AuditOperation.CONSULTATION, ReferralEvents.AGGREGATE, ids)
                .withJustification(justification));
    }
}
