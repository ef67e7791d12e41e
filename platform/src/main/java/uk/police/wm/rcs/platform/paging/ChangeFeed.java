package uk.police.wm.rcs.platform.paging;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import uk.police.wm.rcs.platform.input.InputRules;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * "What changed since": the rows of a change-tracked table (the platform's {@code rcs_track_change()} trigger keeps
 * {@code change_xid} and {@code changed_at}) changed at or after an instant, paged by {@code (change_xid, id)}.
 * Only rows whose last change was committed by a transaction older than every transaction still running are
 * listed ({@code pg_snapshot_xmin}, as the outbox relay), so a row can never later appear before a cursor a client
 * holds: a record changed while a client pages moves behind the cursor and is listed once more, in its new state,
 * on a later page; an unchanged record is listed once.
 */
public final class ChangeFeed {

    /** The transaction of a row's last change, as a number (the trigger writes it). */
    public static final String CHANGE_COLUMN = "change_xid";

    private static final String COMMITTED_BEFORE_RUNNING =
            CHANGE_COLUMN + " < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private ChangeFeed() {
    }

    /**
     * A {@code changedSince} parameter: an ISO-8601 instant or date-time with offset ({@code 2018-09-05T10:00:00Z});
     * null when absent; 400 {@code invalid-parameter} naming {@code field} when it is neither.
     */
    public static Instant since(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                    field + " must be an instant with its offset, e.g. 2018-09-05T10:00:00Z.").with("field", field);
        }
        return InputRules.requireInRange(field, since);
    }

    /** One page of the rows matching {@code filter} changed at or after {@code since}, in change order. */
    public static <T> Page<T> page(EntityManager em, Class<T> entity, String table, SqlFilter filter, Instant since,
            Function<T, Long> changeOf, Function<T, UUID> idOf, PageRequest request) {
        SqlFilter changed = filter.copy().and("changed_at >= :cfSince", "cfSince", since)
                .and(COMMITTED_BEFORE_RUNNING);
        Keyset.Order<T> order = new Keyset.Order<>(CHANGE_COLUMN, changeOf, Long::valueOf, "id", idOf,
                UUID::fromString, Keyset.Direction.ASCENDING);
        return Keyset.page(em, entity, table, changed, order, request);
    }
}
