package uk.police.wm.rcs.platform.security;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A record's protective marking, the one marking model of every service, event and read model: its classification
 * and the handling caveats (e.g. {@code UK_EYES_ONLY}) it carries. Stored as a {@code classification} column and a
 * {@code caveats text[]} column ({@link MarkedEntity}); carried by every event ({@code Outbox.append}).
 */
public record SecurityMarking(Classification classification, Set<String> caveats) {

    /** {@code OFFICIAL} without caveats. */
    public static final SecurityMarking OFFICIAL = new SecurityMarking(Classification.OFFICIAL, Set.of());

    /**
     * What a consumer assumes of an event or row that carries no marking: the highest classification, so that
     * nothing unmarked is ever shown to a reader who might not be cleared for it.
     */
    public static final SecurityMarking UNMARKED = new SecurityMarking(Classification.SECRET, Set.of());

    public SecurityMarking {
        Objects.requireNonNull(classification, "classification");
        caveats = caveats == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(caveats));
        if (caveats.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("caveats must not be blank");
        }
    }

    public static SecurityMarking of(Classification classification, String... caveats) {
        return new SecurityMarking(classification, Set.copyOf(Arrays.asList(caveats)));
    }

    /** A marking from a request's fields, where a missing caveat list means none. */
    public static SecurityMarking of(Classification classification, Collection<String> caveats) {
        return new SecurityMarking(classification, caveats == null ? Set.of() : new TreeSet<>(caveats));
    }

    /** The caveats as stored in a {@code text[]} column: sorted, never {@code null}. */
    public String[] caveatArray() {
        return caveats.toArray(String[]::new);
    }

    /**
     * Binds the marking to two consecutive JDBC placeholders, the {@code classification} column's and the
     * {@code caveats text[]} column's (the stored shape of {@link MarkedEntity} and the outbox row), for statements
     * written by hand.
     *
     * @return the index of the next placeholder
     */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, classification.name());
        statement.setArray(first + 1, statement.getConnection().createArrayOf("text", caveatArray()));
        return first + 2;
    }

    /** How a person reads it, e.g. {@code OFFICIAL_SENSITIVE [UK_EYES_ONLY]}. */
    @Override
    public String toString() {
        return classification + (caveats.isEmpty() ? "" : " " + caveats);
    }
}
