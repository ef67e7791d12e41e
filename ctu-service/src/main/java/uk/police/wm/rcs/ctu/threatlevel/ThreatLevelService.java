package uk.police.wm.rcs.ctu.threatlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.SetThreatLevel;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/** Records threat level changes and answers what level was in force on a date. */
@ApplicationScoped
public class ThreatLevelService {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records a new level for a scope and publishes the change. */
    @Transactional
    public ThreatLevelChange record(SetThreatLevel request, Caller caller) {
        if (!request.scope().isValidOn(request.effectiveFrom())) {
            throw Problems.unprocessable("Scope " + request.scope() + " has no threat level on "
                    + request.effectiveFrom() + ": the UK national level replaced the separate Great Britain"
                    + " levels on " + ThreatScope.NATIONAL_LEVEL_INTRODUCED + ".");
        }
        if (ThreatLevelChange.count("scope = ?1 and effectiveFrom = ?2", request.scope(), request.effectiveFrom()) > 0) {
            throw Problems.conflict("A level for " + request.scope() + " taking effect on " + request.effectiveFrom()
                    + " is already recorded.");
        }
        Optional<ThreatLevel> previous = levelInForce(request.scope(), request.effectiveFrom()).map(c -> c.level);

        ThreatLevelChange change = new ThreatLevelChange();
        change.id = UUID.randomUUID();
        change.scope = request.scope();
        change.level = request.level();
        change.effectiveFrom = request.effectiveFrom();
        change.setBy = request.setBy().strip();
        change.rationale = request.rationale().strip();
        change.recordedAt = Instant.now(clock);
        change.recordedBy = caller.subject();
        change.persist();

        outbox.append(ThreatLevelChangedEvent.AGGREGATE, change.scope.name(), ThreatLevelChangedEvent.TYPE,
                new ThreatLevelChangedEvent(change.id.toString(), change.scope, change.level, previous.orElse(null),
                        change.effectiveFrom, change.setBy, change.rationale, Classification.OFFICIAL.name()));
        return change;
    }

    /** The change that set the level in force for a scope on a date, if any had been set by then. */
    public Optional<ThreatLevelChange> levelInForce(ThreatScope scope, LocalDate on) {
        return ThreatLevelChange.find(
                "scope = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, recordedAt desc", scope, on)
                .firstResultOptional();
    }

    /** The level in force on a date for every scope that had one. */
    public List<ThreatLevelChange> levelsInForce(LocalDate on) {
        return Arrays.stream(ThreatScope.values())
                .filter(scope -> scope.isValidOn(on))
                .map(scope -> levelInForce(scope, on))
                .flatMap(Optional::stream)
                .toList();
    }

    /** What each CTU record shows beside it: the level in force for every scope on its date. */
    @SuppressWarnings("unchecked")
    public List<LevelInForce> levelsOn(LocalDate date) {
        if (date == null) {
            return List.of();
        }
        // one query for every scope (shown beside each record of a list page): the newest change per scope
        List<ThreatLevelChange> newest = ThreatLevelChange.getEntityManager().createNativeQuery(
                "select distinct on (scope) * from threat_level_change where effective_from <= :on"
                        + " order by scope, effective_from desc, recorded_at desc", ThreatLevelChange.class)
                .setParameter("on", date).getResultList();
        return LevelInForce.of(newest.stream().filter(c -> c.scope.isValidOn(date))
                .sorted(java.util.Comparator.comparing(c -> c.scope)).toList());
    }

    /** A scope's history, newest first, in (effective date, recorded time, id) order. */
    public Page<ThreatLevelChange> history(ThreatScope scope, PageRequest page) {
        String order = " order by effectiveFrom desc, recordedAt desc, id desc";
        List<ThreatLevelChange> rows = page.after()
                .map(after -> {
                    HistoryPosition at = HistoryPosition.decode(after);
                    return ThreatLevelChange.<ThreatLevelChange>find("scope = ?1 and (effectiveFrom < ?2"
                            + " or (effectiveFrom = ?2 and (recordedAt < ?3 or (recordedAt = ?3 and id < ?4))))" + order,
                            scope, at.effectiveFrom(), at.recordedAt(), at.id());
                })
                .orElseGet(() -> ThreatLevelChange.find("scope = ?1" + order, scope))
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, c -> new Cursor(c.effectiveFrom + "|" + c.recordedAt, c.id.toString()));
    }

    /** Where a history page ends, read back from its cursor. */
    private record HistoryPosition(LocalDate effectiveFrom, Instant recordedAt, UUID id) {
        static HistoryPosition decode(Cursor cursor) {
            try {
                String[] key = cursor.sortKey().split("\\|", 2);
                return new HistoryPosition(LocalDate.parse(key[0]), Instant.parse(key[1]), UUID.fromString(cursor.id()));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
    }

    public Optional<ThreatLevelChange> find(UUID id) {
        return ThreatLevelChange.findByIdOptional(id);
    }
}
