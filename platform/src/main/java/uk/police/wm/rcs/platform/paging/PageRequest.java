package uk.police.wm.rcs.platform.paging;

import java.util.Optional;

import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * A page request from the {@code limit} (default 50, at most 500) and {@code cursor} query parameters.
 */
public record PageRequest(int limit, Optional<Cursor> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalidLimit();
        }
        after = after == null ? Optional.empty() : after;
    }

    /** From raw query parameters; {@code null} means absent. 400 problems for a bad limit or cursor. */
    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        Optional<Cursor> after = cursor == null || cursor.isBlank() ? Optional.empty()
                : Optional.of(Cursor.decode(cursor.trim()));
        return new PageRequest(size, after);
    }

    /** As {@link #of(Integer, String)} for a limit that arrives as text ({@code abc} gives a 400, not a 404). */
    public static PageRequest parse(String limit, String cursor) {
        Integer size = null;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.valueOf(limit.trim());
            } catch (NumberFormatException e) {
                throw invalidLimit();
            }
        }
        return of(size, cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** Rows to fetch: one more than the limit, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    private static ProblemException invalidLimit() {
        return new ProblemException(400, "invalid-limit", "Invalid limit",
                "limit must be an integer from 1 to " + MAX_LIMIT + ".")
                .with("maxLimit", MAX_LIMIT);
    }
}
