package uk.police.wm.rcs.cyber.referral;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.Caller;

/** Reads of referrals: each one is about a victim, so each is justified and audited as a consultation. */
@ApplicationScoped
public class ReferralQueryService {

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
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (queue == Queue.AWAITING_TRIAGE) {
            where.append(" and triageOutcome is null");
        } else if (queue == Queue.AWAITING_ACTION_FRAUD) {
            where.append(" and source = :direct and sentToActionFraudOn is null");
            params.and("direct", ReferralSource.FORCE_DIRECT);
        }
        forceScope(where, params, caller);
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            where.append(" and (receivedAt > :at or (receivedAt = :at and id > :id))");
            params.and("at", decodeInstant(after)).and("id", decodeId(after));
        }
        List<Referral> rows = Referral.<Referral>find(where + " order by receivedAt, id", params)
                .range(0, page.fetchSize() - 1).list();
        Page<Referral> result = Page.of(rows, page, r -> new Cursor(r.receivedAt.toString(), r.id.toString()));
        audit(result, justification);
        return result;
    }

    /** Vulnerable victims not yet contacted whose deadline has passed, most overdue first; audited. */
    @Transactional
    public Page<Referral> overdueVictimContacts(PageRequest page, String justification, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(ReferralIntakeService.ZONE));
        StringBuilder where = new StringBuilder("victimContactedOn is null and contactDueBy < :today");
        Parameters params = Parameters.with("today", today);
        forceScope(where, params, caller);
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            where.append(" and (contactDueBy > :due or (contactDueBy = :due and id > :id))");
            params.and("due", decodeDate(after)).and("id", decodeId(after));
        }
        List<Referral> rows = Referral.<Referral>find(where + " order by contactDueBy, id", params)
                .range(0, page.fetchSize() - 1).list();
        Page<Referral> result = Page.of(rows, page, r -> new Cursor(r.contactDueBy.toString(), r.id.toString()));
        audit(result, justification);
        return result;
    }

    private static void forceScope(StringBuilder where, Parameters params, Caller caller) {
        if (ReferralCaseService.isForceSystem(caller)) {
            // a force system without a force claim sees nothing rather than everything
            where.append(" and force = :force");
            params.and("force", caller.force().orElse(null));
        }
    }

    private void audit(Page<Referral> page, String justification) {
        List<String> ids = new ArrayList<>();
        page.items().forEach(r -> ids.add(r.id.toString()));
        auditLog.record(AuditEntry.of(AuditOperation.CONSULTATION, ReferralEvents.AGGREGATE, ids)
                .withJustification(justification));
    }

    private static Instant decodeInstant(Cursor cursor) {
        try {
            return Instant.parse(cursor.sortKey());
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    private static LocalDate decodeDate(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.sortKey());
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    private static UUID decodeId(Cursor cursor) {
        try {
            return UUID.fromString(cursor.id());
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
