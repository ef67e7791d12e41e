package uk.police.wm.rcs.cyber.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;

/** Keyset pages of an entity ordered by a sort field then a unique tie-breaker (the cursor holds both). */
public final class Keyset {
    private Keyset() {
    }

    /**
     * How an entity is ordered: the JPQL fields, how to read them from a row for the cursor, and how to parse them
     * back from a cursor (a value that does not parse is a 400 invalid-cursor).
     */
    public record Order<T>(String sortField, Function<T, Object> sortOf, Function<String, Object> parseSort,
            String idField, Function<T, Object> idOf, Function<String, Object> parseId) {

        /** By a date field, then the UUID id. */
        public static <T> Order<T> byDateThenId(String dateField, Function<T, LocalDate> date, Function<T, UUID> id) {
            return new Order<>(dateField, date::apply, LocalDate::parse, "id", id::apply, UUID::fromString);
        }

        /** By a unique date key alone (e.g. a month's first day). */
        public static <T> Order<T> byUniqueDate(String dateField, Function<T, LocalDate> date) {
            return new Order<>(dateField, date::apply, LocalDate::parse, dateField, date::apply, LocalDate::parse);
        }
    }

    /**
     * The page of {@code entity} rows matching {@code where} (JPQL over alias {@code e}, named parameters) after the
     * request's cursor, in the given order.
     */
    public static <T> Page<T> page(Class<T> entity, String where, Map<String, Object> params, Order<T> order,
            PageRequest request) {
        StringBuilder jpql = new StringBuilder("select e from ").append(entity.getSimpleName()).append(" e where (")
                .append(where).append(')');
        Object sortKey = null;
        Object id = null;
        if (request.after().isPresent()) {
            Cursor after = request.after().get();
            try {
                sortKey = order.parseSort().apply(after.sortKey());
                id = order.parseId().apply(after.id());
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            jpql.append(" and (e.").append(order.sortField()).append(" > :afterSort or (e.").append(order.sortField())
                    .append(" = :afterSort and e.").append(order.idField()).append(" > :afterId))");
        }
        jpql.append(" order by e.").append(order.sortField()).append(", e.").append(order.idField());
        TypedQuery<T> query = Panache.getEntityManager().createQuery(jpql.toString(), entity);
        params.forEach(query::setParameter);
        if (sortKey != null) {
            query.setParameter("afterSort", sortKey).setParameter("afterId", id);
        }
        List<T> rows = query.setMaxResults(request.fetchSize()).getResultList();
        return Page.of(rows, request, row -> new Cursor(String.valueOf(order.sortOf().apply(row)),
                String.valueOf(order.idOf().apply(row))));
    }
}
