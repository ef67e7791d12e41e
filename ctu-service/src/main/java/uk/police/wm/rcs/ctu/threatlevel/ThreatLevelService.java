package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import uk.police.wm.rcs.ctu.events.ThreatLevelChangedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelRequests.SetThreatLevel;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;

/** Records threat level changes and answers what level was in force on a date. */
@ApplicationScoped
public class ThreatLevelService {

    /** Threat levels are public: nothing to filter by marking. */
    private static final Keyset.Order<ThreatLevelChange> NEWEST_FIRST = Keyset.Order.byUniqueDate("effective_from",
            c -> c.effectiveFrom, Keyset.Direction.DESCENDING);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records a new level for a scope and publishes the change. */
    @Transactional
    public ThreatLevelChange record(SetThreatLevel request, Caller caller) {
        if (!ThreatScopes.isValidOn(request.scope(), request.effectiveFrom())) {
            throw Problems.unprocessable("Scope " + request.scope() + " has no threat level on "
                    + request.effectiveFrom() + ": the UK national level replaced the separate Great Britain"
                    + " levels on " + ThreatScopes.NATIONAL_LEVEL_INTRODUCED + ".");
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

        // threat levels are public
        outbox.append(new ThreatLevelChangedEvent(change.id.toString(), change.scope, change.level,
                previous.orElse(null), change.effectiveFrom, change.setBy, change.rationale));
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
                .filter(scope -> ThreatScopes.isValidOn(scope, on))
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
        return LevelInForce.of(newest.stream().filter(c -> ThreatScopes.isValidOn(c.scope, date))
                .sorted(Comparator.comparing(c -> c.scope)).toList());
    }

    /**
     * A scope's history, newest first. Within a scope the effective date is unique (one announced level per scope
     * per day, V6's natural key), so it orders the history alone: no recorded time or id is needed to break ties.
     */
    @Transactional
    public Page<ThreatLevelChange> history(ThreatScope scope, PageRequest page) {
        return Keyset.page(ThreatLevelChange.getEntityManager(), ThreatLevelChange.class, "threat_level_change",
                SqlFilter.all().and("scope = :scope", "scope", scope.name()), NEWEST_FIRST, page);
    }

    public Optional<ThreatLevelChange> find(UUID id) {
        return ThreatLevelChange.findByIdOptional(id);
    }
}
