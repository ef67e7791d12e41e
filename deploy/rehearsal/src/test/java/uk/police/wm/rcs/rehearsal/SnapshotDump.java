package uk.police.wm.rcs.rehearsal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of one database taken while it takes writes, the way {@code pg_dump} takes one: every table's
 * rows copied out ({@code COPY ... TO STDOUT}, binary) inside one REPEATABLE READ transaction, so they are one
 * consistent snapshot of the database; and the sequences' values. Used because no {@code pg_dump} of PostgreSQL 17 is
 * on this machine (zonky's embedded binaries have only initdb, pg_ctl and postgres; Debian 12's pg_dump is 15 and
 * refuses a newer server). The schema comes from the service's own migrations on the fresh database, so what this
 * carries is the data: the rows and the sequence values.
 *
 * @param tables table name to its rows in COPY binary format, in copy order
 * @param sequences sequence name to its last value (sequences never used are left out)
 * @param snapshotAtNanos {@link System#nanoTime()} just before the snapshot was taken: every write acknowledged before
 *     it was committed before it, so must be in the backup
 */
record SnapshotDump(Map<String, byte[]> tables, Map<String, Long> sequences, long snapshotAtNanos) {

    static SnapshotDump take(Connection source) throws SQLException, IOException {
        source.setAutoCommit(false);
        source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        source.setReadOnly(true);
        long before = System.nanoTime();
        Map<String, byte[]> tables = new LinkedHashMap<>();
        CopyManager copy = source.unwrap(PGConnection.class).getCopyAPI();
        // the first statement takes the snapshot every later one reads
        for (String table : names(source, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("COPY public.\"" + table + "\" TO STDOUT (FORMAT binary)", rows);
            tables.put(table, rows.toByteArray());
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement sql = source.createStatement(); ResultSet rs = sql.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getLong(2));
            }
        }
        source.commit();
        return new SnapshotDump(tables, sequences, before);
    }

    /**
     * Replaces the rows of a database whose schema the service's migrations made (same version) with the backup's,
     * in one transaction, foreign keys unchecked while loading (their rows arrive in name order), and sets the
     * sequences.
     */
    void restoreInto(Connection target) throws SQLException, IOException {
        target.setAutoCommit(false);
        try (Statement sql = target.createStatement()) {
            sql.execute("SET LOCAL session_replication_role = replica");
            sql.execute("TRUNCATE " + String.join(", ", tables.keySet().stream().map(t -> "public.\"" + t + "\"").toList()));
        }
        CopyManager copy = target.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            copy.copyIn("COPY public.\"" + table.getKey() + "\" FROM STDIN (FORMAT binary)", new ByteArrayInputStream(table.getValue()));
        }
        try (Statement sql = target.createStatement()) {
            for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
                sql.execute("SELECT setval('public.\"" + sequence.getKey() + "\"', " + sequence.getValue() + ", true)");
            }
        }
        target.commit();
    }

    /** Rows copied, by table size in bytes (for the report). */
    long bytes() {
        return tables.values().stream().mapToLong(b -> b.length).sum();
    }

    private static List<String> names(Connection db, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
