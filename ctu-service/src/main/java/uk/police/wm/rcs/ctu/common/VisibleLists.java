package uk.police.wm.rcs.ctu.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.Caller;

/** Keyset-paged lists, newest first, of only the rows the caller's clearance and caveats cover. */
public final class VisibleLists {
    private VisibleLists() {
    }

    /**
     * Rows of {@code table} (mapped to {@code entity}, with columns {@code id}, {@code classification},
     * {@code caveats} and the date column) ordered by (date desc, id desc), optionally narrowed by {@code filter}
     * (SQL over named parameters in {@code params}).
     */
    @SuppressWarnings("unchecked")
    public static <T> Page<T> newestFirst(Class<T> entity, String table, String dateColumn, String filter,
            Map<String, Object> params, Caller caller, PageRequest page, Function<T, LocalDate> dateOf,
            Function<T, UUID> idOf) {
        LocalDate afterDate = null;
        UUID afterId = null;
        if (page.after().isPresent()) {
            try {
                afterDate = LocalDate.parse(page.after().get().sortKey());
                afterId = UUID.fromString(page.after().get().id());
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
        String sql = "select * from " + table + " where " + Markings.VISIBLE
                + (filter == null ? "" : " and (" + filter + ")")
                + (afterDate == null ? "" : " and (" + dateColumn + ", id) < (:afterDate, :afterId)")
                + " order by " + dateColumn + " desc, id desc limit :fetch";
        Query query = Panache.getEntityManager().createNativeQuery(sql, entity)
                .setParameter("levels", Markings.levelsVisibleTo(caller))
                .setParameter("held", Markings.heldBy(caller))
                .setParameter("fetch", page.fetchSize());
        params.forEach(query::setParameter);
        if (afterDate != null) {
            query.setParameter("afterDate", afterDate).setParameter("afterId", afterId);
        }
        List<T> rows = query.getResultList();
        return Page.of(rows, page, row -> new Cursor(dateOf.apply(row).toString(), idOf.apply(row).toString()));
    }
}
