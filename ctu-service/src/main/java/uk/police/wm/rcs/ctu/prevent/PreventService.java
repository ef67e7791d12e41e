package uk.police.wm.rcs.ctu.prevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.ctu.common.CtuConfig;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.CaseView;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.Progress;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.ReferCase;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.RetentionRules;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** Prevent referrals and cases: rules, need-to-know, the s.62 audit of every read and write, and events. */
@ApplicationScoped
public class PreventService {

    public static final String RECORD_TYPE = "prevent_case";
    public static final String NOT_FOUND = "No such Prevent case.";

    /** Newest referral first. */
    private static final Keyset.Order<PreventCase> NEWEST_FIRST = Keyset.Order.byDateThenId("referred_on",
            c -> c.referredOn, c -> c.id, Keyset.Direction.DESCENDING);

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Justification justification;

    @Inject
    PreventMapper mapper;

    @Inject
    CtuConfig config;

    @Inject
    Clock clock;

    @Inject
    RetentionRules retention;

    @Transactional
    public CaseView refer(ReferCase request, Caller caller) {
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(
                request.classification() == null ? Classification.OFFICIAL_SENSITIVE : request.classification(),
                request.caveats()));
        PreventRules.check(request.progress(), null, request.referredOn(), config.macPilotEnds());
        // the marking is part of the natural key: a clash is only ever with a record the caller may see
        // the caveats compare as text[] (the cast: Hibernate binds a String[] as varchar[], which has no = with text[])
        if (((Number) PreventCase.getEntityManager().createNativeQuery("select count(*) from prevent_case"
                + " where reference = :reference and classification = :classification"
                + " and caveats = cast(:caveats as text[])")
                .setParameter("reference", request.reference())
                .setParameter("classification", marking.classification().name())
                .setParameter("caveats", marking.caveatArray()).getSingleResult()).longValue() > 0) {
            throw Problems.conflict("A Prevent case with reference " + request.reference() + " already exists.");
        }
        PreventCase c = new PreventCase();
        c.id = UUID.randomUUID();
        c.reference = request.reference();
        c.referralSource = request.referralSource();
        c.motivation = request.motivation();
        c.referredOn = request.referredOn();
        c.mark(marking);
        c.retentionReviewOn = retention.reviewOn(RECORD_TYPE, request.referredOn());
        c.createdAt = Instant.now(clock);
        c.createdBy = caller.subject();
        apply(c, request.progress());
        c.persistAndFlush();
        audit.record(AuditOperation.COLLECTION, RECORD_TYPE, List.of(c.id.toString()));
        publish(c);
        return mapper.toView(c);
    }

    @Transactional
    public CaseView progress(UUID id, Progress request, String ifMatch, Caller caller) {
        PreventCase c = visible(id, caller);
        if (c.disposedAt != null) {
            throw Problems.conflict("record-disposed", "Record disposed of",
                    "This Prevent case was disposed of at its review; it cannot be progressed.");
        }
        ETags.requireMatch(ifMatch, c.version);
        PreventRules.check(request, c.stage, c.referredOn, config.macPilotEnds());
        apply(c, request);
        PreventCase.getEntityManager().flush();
        audit.record(AuditOperation.ALTERATION, RECORD_TYPE, List.of(c.id.toString()));
        publish(c);
        return mapper.toView(c);
    }

    /** One case: refused (and the refusal audited) without a justification; the read itself is audited. */
    @Transactional
    public CaseView read(UUID id, Caller caller) {
        String why = justification.require(RECORD_TYPE, id.toString());
        PreventCase c = visible(id, caller);
        audit.record(AuditOperation.CONSULTATION, RECORD_TYPE, List.of(c.id.toString()), why, List.of());
        return mapper.toView(c);
    }

    /** The cases the caller may see, newest referral first; every case listed is an audited consultation. */
    @Transactional
    public Page<CaseView> list(PageRequest page, Caller caller) {
        String why = justification.require(AuditOperation.CONSULTATION, RECORD_TYPE, List.of("list"));
        Page<PreventCase> cases = Keyset.page(PreventCase.getEntityManager(), PreventCase.class, "prevent_case",
                SqlFilter.visibleTo(caller), NEWEST_FIRST, page);
        if (!cases.items().isEmpty()) {
            audit.record(AuditOperation.CONSULTATION, RECORD_TYPE,
                    cases.items().stream().map(c -> c.id.toString()).toList(), why, List.of());
        }
        return cases.map(mapper::toView);
    }

    /** A case the caller may see (404 as for a missing one otherwise). */
    public PreventCase visible(UUID id, Caller caller) {
        PreventCase c = PreventCase.<PreventCase>findByIdOptional(id).orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, c.marking(), NOT_FOUND);
        return c;
    }

    private void publish(PreventCase c) {
        outbox.append(PreventMapper.toEvent(c));
    }

    private static void apply(PreventCase c, Progress p) {
        c.stage = p.stage();
        c.outcome = p.outcome();
        c.outcomeOn = p.outcomeOn();
        c.safeguarding = p.safeguarding();
        c.childProtection = p.childProtection();
        c.safeguardingBoard = p.safeguardingBoard();
        c.macPartner = p.macPartner();
        c.notes = p.notes() == null || p.notes().isBlank() ? null : p.notes().strip();
    }
}
