package uk.police.wm.rcs.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list response: the items and the cursor of the next page ({@code null} on the last page).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@link PageRequest#fetchSize()} rows fetched in sort order after the request's cursor:
     * when more than {@code limit} came back, the extra row is dropped and the cursor points after the last kept one.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> kept = fetched.subList(0, request.limit());
        return new Page<>(kept, cursorOf.apply(kept.get(kept.size() - 1)).encode());
    }

    /** The same page with each item mapped (e.g. entity to response record). */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
