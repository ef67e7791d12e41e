package uk.police.wm.rcs.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.testapp.KeyedNote;

/**
 * The intake flow's natural-key lookup ({@link EntityRow#idUnderKey}) against PostgreSQL's plan cache at
 * {@code plan_cache_mode=auto}: on a new table, a server-prepared lookup soon runs a cached generic plan that takes
 * the other index leading with the same column and reads all of an owner's rows, until the table is next analyzed.
 * The test sets that up (the lookup's own SQL through a plain prepared statement on the same connection shows it)
 * and finds that the platform's lookup probes the unique index for its one row all the same.
 */
@QuarkusTest
class NaturalKeyLookupTest {

    private static final String SAME_LOOKUP = "SELECT id FROM keyed_note WHERE owner = ? AND reference = ?";

    @Inject
    EntityRows rows;

    @Inject
    DataSource dataSource;

    @Test
    void theLookupProbesTheUniqueIndexWhereACachedGenericPlanReadsTheOwnersRows() throws SQLException {
        EntityRow<KeyedNote> row = rows.of(KeyedNote.class, "owner", "reference");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the table is new (no rows, never analyzed): a statement run more than ten times is by now
                // server-prepared (the driver's threshold is 5) and planned generically (PostgreSQL's choice after
                // five custom plans)
                for (int i = 0; i < 15; i++) {
                    assertThat(row.idUnderKey(connection, note("WMP", "absent-" + i))).isEmpty();
                    assertThat(plainLookup(connection, "WMP", "absent-" + i)).isEmpty();
                }
                // then one owner's rows arrive before the next ANALYZE
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO keyed_note (id, owner,"
                        + " reference, body) SELECT gen_random_uuid(), 'WMP', 'r' || g, 'synthetic'"
                        + " FROM generate_series(1, 20000) g")) {
                    insert.executeUpdate();
                }

                long start = tuplesRead(connection);
                Optional<Object> byPlain = plainLookup(connection, "WMP", "r5");
                long afterPlain = tuplesRead(connection);
                Optional<Object> byLookup = row.idUnderKey(connection, note("WMP", "r5"));
                long afterLookup = tuplesRead(connection);

                assertThat(byPlain).isPresent();
                assertThat(afterPlain - start).as("rows the cached generic plan read: the hazard the test sets up")
                        .isGreaterThan(10_000);
                assertThat(byLookup).isEqualTo(byPlain);
                assertThat(afterLookup - afterPlain).as("rows the platform's lookup read").isOne();
            } finally {
                connection.rollback();
            }
        }
    }

    private static KeyedNote note(String owner, String reference) {
        KeyedNote note = new KeyedNote();
        note.owner = owner;
        note.reference = reference;
        return note;
    }

    /** The platform lookup's SQL, through a statement the driver prepares on the server after five runs. */
    private static Optional<Object> plainLookup(Connection connection, String owner, String reference)
            throws SQLException {
        try (PreparedStatement lookup = connection.prepareStatement(SAME_LOOKUP)) {
            lookup.setString(1, owner);
            lookup.setString(2, reference);
            try (ResultSet found = lookup.executeQuery()) {
                return found.next() ? Optional.of(found.getObject(1)) : Optional.empty();
            }
        }
    }

    /** Table rows and index entries this transaction has read from keyed_note so far. */
    private static long tuplesRead(Connection connection) throws SQLException {
        // a relation's tuples returned: rows a sequential scan read, or entries an index's scans returned
        try (PreparedStatement read = connection.prepareStatement("""
                SELECT pg_stat_get_xact_tuples_returned('keyed_note'::regclass)
                       + (SELECT sum(pg_stat_get_xact_tuples_returned(indexrelid)) FROM pg_index
                          WHERE indrelid = 'keyed_note'::regclass)""");
                ResultSet result = read.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
