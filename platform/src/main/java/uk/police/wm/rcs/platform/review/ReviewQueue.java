package uk.police.wm.rcs.platform.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;

/**
 * The review queue of one type of record about a person: the records not yet disposed of whose review date is before
 * a day, at the reader's clearance (and force, for a force system), oldest review first. Reading it is a
 * consultation of records about people: refused without a justification, and every record listed is audited.
 */
@ApplicationScoped
public class ReviewQueue {

    /** The entry recorded for a refused read of the queue (no record was read). */
    static final String QUEUE = "review-queue";

    @Inject
    EntityManager em;

    @Inject
    Justification justification;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * One page of due records of {@code table}, as {@code entity} rows in {@code order} (by the review date column,
     * then id, ascending); {@code before} null means tomorrow (everything due today or earlier); {@code idOf} reads
     * a row's id for the audit entry.
     */
    @Transactional
    public <T> Page<T> due(ReviewedTable table, Class<T> entity, Keyset.Order<T> order, LocalDate before,
            PageRequest page, Caller caller, Function<T, String> idOf) {
        String why = justification.require(AuditOperation.CONSULTATION, table.recordType(), List.of(QUEUE));
        LocalDate until = before == null ? LocalDate.now(clock).plusDays(1) : before;
        SqlFilter where = SqlFilter.visibleTo(caller).and("disposed_at is null").and(table.personCondition())
                .and(table.reviewDateColumn() + " < :reviewBefore", "reviewBefore", until);
        if (table.forceColumn() != null) {
            ForceScope.listedFor(caller).ifPresent(force -> where.and(table.forceColumn() + " = :reviewForce",
                    "reviewForce", force.name()));
        }
        Page<T> rows = Keyset.page(em, entity, table.table(), where, order, page);
        if (!rows.items().isEmpty()) {
            audit.record(AuditOperation.CONSULTATION, table.recordType(), rows.items().stream().map(idOf).toList(),
                    why, List.of());
        }
        return rows;
    }
}
