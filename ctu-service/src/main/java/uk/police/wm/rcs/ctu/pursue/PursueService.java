package uk.police.wm.rcs.ctu.pursue;

import uk.police.wm.rcs.ctu.events.OperationStatus;
import uk.police.wm.rcs.ctu.events.AttackPlanningStage;
import uk.police.wm.rcs.ctu.events.PursueEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.police.wm.rcs.ctu.common.CtuConfig;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.Outcome;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.RecordOperation;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.UpdateOperation;
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
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** Pursue investigations and operations: recording, need-to-know reads, and what the gateway may hear of them. */
@ApplicationScoped
public class PursueService {

    static final String NOT_FOUND = "No such Pursue operation.";

    /** Most recently opened first. */
    private static final Keyset.Order<PursueOperation> NEWEST_FIRST = Keyset.Order.byDateThenId("opened_on",
            op -> op.openedOn, op -> op.id, Keyset.Direction.DESCENDING);

    @Inject
    Outbox outbox;

    @Inject
    PursueMapper mapper;

    @Inject
    CtuConfig config;

    @Inject
    Clock clock;

    @Transactional
    public OperationView record(RecordOperation request, Caller caller) {
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(
                request.classification() == null ? Classification.SECRET : request.classification(),
                request.caveats()));
        requireOutcomesAfter(request.openedOn(), request.outcomes());
        // the marking is part of the natural key: a clash is only ever with a record the caller may see; the
        // caveats compare as text[] (the cast: Hibernate binds a String[] as varchar[], which has no = with text[])
        if (((Number) PursueOperation.getEntityManager().createNativeQuery("select count(*) from pursue_operation"
                + " where operation_name = :name and classification = :classification"
                + " and caveats = cast(:caveats as text[])")
                .setParameter("name", request.operationName().strip())
                .setParameter("classification", marking.classification().name())
                .setParameter("caveats", marking.caveatArray()).getSingleResult()).longValue() > 0) {
            throw Problems.conflict("Operation " + request.operationName().strip() + " is already recorded.");
        }
        RestrictedTally restrictedBefore = restrictedIn(FinancialQuarter.of(request.openedOn()));

        PursueOperation op = new PursueOperation();
        op.id = UUID.randomUUID();
        op.operationName = request.operationName().strip();
        op.motivation = request.motivation();
        op.openedOn = request.openedOn();
        op.mark(marking);
        op.createdAt = Instant.now(clock);
        op.createdBy = caller.subject();
        apply(op, request.status(), request.stage(), request.subjectsOfInterest(), request.summary(),
                request.reportingRestricted(), request.outcomes());
        op.persistAndFlush();
        publish(op, false, restrictedBefore);
        return mapper.toView(op);
    }

    @Transactional
    public OperationView update(UUID id, UpdateOperation request, String ifMatch, Caller caller) {
        PursueOperation op = visible(id, caller);
        ETags.requireMatch(ifMatch, op.version);
        requireOutcomesAfter(op.openedOn, request.outcomes());
        boolean wasRestricted = op.reportingRestricted;
        RestrictedTally restrictedBefore = restrictedIn(FinancialQuarter.of(op.openedOn));
        apply(op, request.status(), request.stage(), request.subjectsOfInterest(), request.summary(),
                request.reportingRestricted(), request.outcomes());
        PursueOperation.getEntityManager().flush();
        publish(op, wasRestricted, restrictedBefore);
        return mapper.toView(op);
    }

    @Transactional
    public OperationView get(UUID id, Caller caller) {
        return mapper.toView(visible(id, caller));
    }

    /** Operations the caller may see, most recently opened first. */
    @Transactional
    public Page<OperationView> list(PageRequest page, Caller caller) {
        return Keyset.page(PursueOperation.getEntityManager(), PursueOperation.class, "pursue_operation",
                SqlFilter.visibleTo(caller), NEWEST_FIRST, page).map(mapper::toView);
    }

    private PursueOperation visible(UUID id, Caller caller) {
        PursueOperation op = PursueOperation.<PursueOperation>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, op.marking(), NOT_FOUND);
        return op;
    }

    private static void apply(PursueOperation op, OperationStatus status, AttackPlanningStage stage, int subjects,
            String summary, boolean restricted, List<Outcome> outcomes) {
        op.status = status;
        op.stage = stage;
        op.subjectsOfInterest = subjects;
        op.summary = summary == null || summary.isBlank() ? null : summary.strip();
        op.reportingRestricted = restricted;
        op.outcomes.clear();
        op.outcomes.addAll(PursueMapper.outcomes(outcomes));
    }

    private static void requireOutcomesAfter(LocalDate openedOn, List<Outcome> outcomes) {
        if (outcomes != null && outcomes.stream().anyMatch(o -> o.occurredOn().isBefore(openedOn))) {
            throw Problems.unprocessable("An outcome cannot predate the operation (opened " + openedOn + ").");
        }
    }

    /**
     * Restricted operations never leave as records: only the quarter's count, and only once it reaches the
     * small-count threshold. An operation that becomes restricted is withdrawn from the gateway. Each event carries
     * the marking of what it describes: an operation its own, the count the marking of every operation it counts.
     */
    private void publish(PursueOperation op, boolean wasRestricted, RestrictedTally restrictedBefore) {
        String id = op.id.toString();
        if (!op.reportingRestricted) {
            outbox.append(PursueMapper.toEvent(op));
        } else if (!wasRestricted && op.version > 0) {
            outbox.append(new PursueEvents.OperationWithdrawn(id, "REPORTING_RESTRICTED", op.classification,
                    op.marking().caveats()));
        }
        FinancialQuarter quarter = FinancialQuarter.of(op.openedOn);
        RestrictedTally after = restrictedIn(quarter);
        Long published = publishable(after.operations());
        // a changed marking alone is published too, so that the count is never held at a lower marking than it has
        if (!Objects.equals(publishable(restrictedBefore.operations()), published)
                || published != null && !restrictedBefore.marking().equals(after.marking())) {
            outbox.append(new PursueEvents.RestrictedCounted(quarter.toString(), published,
                    config.smallCountThreshold(), after.marking().classification(), after.marking().caveats()));
        }
    }

    private Long publishable(long count) {
        return count >= config.smallCountThreshold() ? count : null;
    }

    /** The restricted operations opened in a quarter: how many, and the marking a figure counting them carries. */
    record RestrictedTally(long operations, SecurityMarking marking) {
    }

    /** One marking among the restricted operations of a quarter, and how many carry it. */
    record MarkingCount(Classification classification, String[] caveats, long operations) {
    }

    RestrictedTally restrictedIn(FinancialQuarter quarter) {
        List<MarkingCount> rows = PursueOperation.getEntityManager().createQuery("select classification, caveats,"
                + " count(*) from PursueOperation where reportingRestricted and openedOn >= :start and openedOn < :end"
                + " group by classification, caveats", MarkingCount.class)
                .setParameter("start", quarter.start()).setParameter("end", quarter.endExclusive())
                .getResultList();
        // the highest classification and every caveat of the operations counted (OFFICIAL when there are none)
        Classification highest = rows.stream().map(MarkingCount::classification).max(Comparator.naturalOrder())
                .orElse(Classification.OFFICIAL);
        Set<String> caveats = new TreeSet<>();
        rows.forEach(r -> caveats.addAll(Arrays.asList(r.caveats())));
        return new RestrictedTally(rows.stream().mapToLong(MarkingCount::operations).sum(),
                SecurityMarking.of(highest, caveats));
    }
}
