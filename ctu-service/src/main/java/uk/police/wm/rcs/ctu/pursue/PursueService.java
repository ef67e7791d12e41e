package uk.police.wm.rcs.ctu.pursue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.ctu.common.CtuConfig;
import uk.police.wm.rcs.ctu.common.Markings;
import uk.police.wm.rcs.ctu.common.VisibleLists;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.Outcome;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.RecordOperation;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.UpdateOperation;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Visibility;

/** Pursue investigations and operations: recording, need-to-know reads, and what the gateway may hear of them. */
@ApplicationScoped
public class PursueService {

    static final String NOT_FOUND = "No such Pursue operation.";

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
        Classification classification = request.classification() == null ? Classification.SECRET
                : request.classification();
        Markings.requireWithinCaller(caller, classification, request.caveats());
        requireOutcomesAfter(request.openedOn(), request.outcomes());
        // the marking is part of the natural key: a clash is only ever with a record the caller may see
        if (PursueOperation.count("operationName = ?1 and classification = ?2 and caveats = ?3",
                request.operationName().strip(), classification, Markings.store(request.caveats())) > 0) {
            throw Problems.conflict("Operation " + request.operationName().strip() + " is already recorded.");
        }
        long restrictedBefore = restrictedIn(FinancialQuarter.of(request.openedOn()));

        PursueOperation op = new PursueOperation();
        op.id = UUID.randomUUID();
        op.operationName = request.operationName().strip();
        op.motivation = request.motivation();
        op.openedOn = request.openedOn();
        op.classification = classification;
        op.caveats = Markings.store(request.caveats());
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
        long restrictedBefore = restrictedIn(FinancialQuarter.of(op.openedOn));
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
        return VisibleLists.newestFirst(PursueOperation.class, "pursue_operation", "opened_on", null, Map.of(), caller,
                page, op -> op.openedOn, op -> op.id).map(mapper::toView);
    }

    private PursueOperation visible(UUID id, Caller caller) {
        PursueOperation op = PursueOperation.<PursueOperation>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, Markings.of(op.classification, op.caveats), NOT_FOUND);
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
     * small-count threshold. An operation that becomes restricted is withdrawn from the gateway.
     */
    private void publish(PursueOperation op, boolean wasRestricted, long restrictedBefore) {
        String id = op.id.toString();
        if (!op.reportingRestricted) {
            outbox.append(PursueEvents.AGGREGATE, id, PursueEvents.OperationChanged.TYPE, PursueMapper.toEvent(op));
        } else if (!wasRestricted && op.version > 0) {
            outbox.append(PursueEvents.AGGREGATE, id, PursueEvents.OperationWithdrawn.TYPE,
                    new PursueEvents.OperationWithdrawn(id, "REPORTING_RESTRICTED"));
        }
        FinancialQuarter quarter = FinancialQuarter.of(op.openedOn);
        Long before = publishable(restrictedBefore);
        Long after = publishable(restrictedIn(quarter));
        if (!java.util.Objects.equals(before, after)) {
            outbox.append(PursueEvents.RestrictedCounted.AGGREGATE, quarter.toString(),
                    PursueEvents.RestrictedCounted.TYPE,
                    new PursueEvents.RestrictedCounted(quarter.toString(), after, config.smallCountThreshold()));
        }
    }

    private Long publishable(long count) {
        return count >= config.smallCountThreshold() ? count : null;
    }

    long restrictedIn(FinancialQuarter quarter) {
        return ((Number) PursueOperation.getEntityManager().createNativeQuery("select count(*) from pursue_operation"
                + " where reporting_restricted and opened_on >= :start and opened_on < :end")
                .setParameter("start", quarter.start()).setParameter("end", quarter.endExclusive())
                .getSingleResult()).longValue();
    }
}
