package uk.police.wm.rcs.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Keyset pagination, the one way every list is paged: rows of a table matching a {@link SqlFilter}, in a stable
 * order of a sort column and a unique tie-breaker, after the request's cursor, one row more than the limit to know
 * whether a next page exists. The cursor holds the last row's sort key and id; a cursor that does not parse is a
 * 400 {@code invalid-cursor}.
 */
public final class Keyset {

    private Keyset() {
    }

    /** Ascending (oldest, smallest first) or descending (newest first). */
    public enum Direction {
        ASCENDING("asc", ">"), DESCENDING("desc", "<");

        final String sql;
        final String after;

        Direction(String sql, String after) {
            this.sql = sql;
            this.after = after;
        }
    }

    /**
     * How a table is ordered: the sort column and the unique tie-breaker column (native SQL names), how to read both
     * from a row for the cursor, and how to parse them back from a cursor.
     */
    public record Order<T>(String sortColumn, Function<T, ?> sortOf, Function<String, ?> parseSort, String idColumn,
            Function<T, ?> idOf, Function<String, ?> parseId, Direction direction) {

        /** By a date column, then the UUID {@code id} column. */
        public static <T> Order<T> byDateThenId(String dateColumn, Function<T, LocalDate> date, Function<T, UUID> id,
                Direction direction) {
            return new Order<>(dateColumn, date, LocalDate::parse, "id", id, UUID::fromString, direction);
        }

        /** By an instant column, then the UUID {@code id} column. */
        public static <T> Order<T> byInstantThenId(String instantColumn, Function<T, Instant> instant,
                Function<T, UUID> id, Direction direction) {
            return new Order<>(instantColumn, instant, Instant::parse, "id", id, UUID::fromString, direction);
        }

        /** By a unique, increasing {@code seq} column (insertion order). */
        public static <T> Order<T> bySeq(Function<T, Long> seq) {
            return new Order<>("seq", seq, Long::valueOf, "seq", seq, Long::valueOf, Direction.ASCENDING);
        }

        /** By a unique date column alone (e.g. a month's first day). */
        public static <T> Order<T> byUniqueDate(String dateColumn, Function<T, LocalDate> date, Direction direction) {
            return new Order<>(dateColumn, date, LocalDate::parse, dateColumn, date, LocalDate::parse, direction);
        }

        Cursor cursorOf(T row) {
            return new Cursor(String.valueOf(sortOf.apply(row)), String.valueOf(idOf.apply(row)));
        }

        boolean singleColumn() {
            return sortColumn.equals(idColumn);
        }
    }

    /**
     * One page of {@code entity} rows of {@code table} matching {@code filter}, in {@code order}, after the
     * request's cursor.
     */
    public static <T> Page<T> page(EntityManager em, Class<T> entity, String table, SqlFilter filter, Order<T> order,
            PageRequest request) {
        SqlFilter where = filter.copy();
        if (request.after().isPresent()) {
            Cursor after = request.after().get();
            Object sortKey;
            Object id;
            try {
                sortKey = order.parseSort().apply(after.sortKey());
                id = order.parseId().apply(after.id());
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            String op = order.direction().after;
            if (order.singleColumn()) {
                where.and(order.sortColumn() + " " + op + " :kAfterSort", "kAfterSort", sortKey);
            } else {
                where.and("(" + order.sortColumn() + ", " + order.idColumn() + ") " + op + " (:kAfterSort, :kAfterId)",
                        "kAfterSort", sortKey).param("kAfterId", id);
            }
        }
        String dir = order.direction().sql;
        String sql = "select * from " + table + where.sql() + " order by " + order.sortColumn() + " " + dir
                + (order.singleColumn() ? "" : ", " + order.idColumn() + " " + dir) + " limit :kFetch";
        Query query = em.createNativeQuery(sql, entity);
        where.bind(query).setParameter("kFetch", request.fetchSize());
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        return Page.of(rows, request, order::cursorOf);
    }
}
