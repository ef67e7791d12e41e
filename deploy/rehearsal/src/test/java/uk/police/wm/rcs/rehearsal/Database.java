package uk.police.wm.rcs.rehearsal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/** Direct SQL on the services' databases: what was really recorded, beside what the clients were told. */
final class Database {

    /** The rehearsal's records in rocu-service's database. */
    record RocuCounts(int records, int distinctSourceRecords, int approved, int approveDecisions, Set<String> ids) {
        /** Accepted ids with no record. */
        Set<String> idsMissing(Collection<String> accepted) {
            Set<String> missing = new HashSet<>(accepted);
            missing.removeAll(ids);
            return missing;
        }
    }

    private Database() {
    }

    static RocuCounts rocu(LocalStack stack, String runId) throws SQLException {
        String like = "REH-" + runId + "-%";
        try (Connection db = connect(stack, RcsService.ROCU)) {
            int records;
            int distinct;
            int approved;
            try (PreparedStatement q = db.prepareStatement("SELECT count(*), count(DISTINCT source_record_id),"
                    + " count(*) FILTER (WHERE status = 'APPROVED') FROM disruption WHERE source_record_id LIKE ?")) {
                q.setString(1, like);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    records = rs.getInt(1);
                    distinct = rs.getInt(2);
                    approved = rs.getInt(3);
                }
            }
            int decisions;
            try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM moderation_decision m JOIN disruption d"
                    + " ON d.id = m.disruption_id WHERE m.decision = 'APPROVE' AND d.source_record_id LIKE ?")) {
                q.setString(1, like);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    decisions = rs.getInt(1);
                }
            }
            Set<String> ids = new HashSet<>();
            try (PreparedStatement q = db.prepareStatement("SELECT id::text FROM disruption WHERE source_record_id LIKE ?")) {
                q.setString(1, like);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return new RocuCounts(records, distinct, approved, decisions, ids);
        }
    }

    /** Disruptions the gateway's read model holds (each claimed disruption once, whichever instance applied it). */
    static int gatewayDisruptions(LocalStack stack) throws SQLException {
        try (Connection db = connect(stack, RcsService.GATEWAY);
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM rocu_disruption WHERE quarter = ?")) {
            q.setString(1, ForceSystems.FY + "/" + ForceSystems.QUARTER);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The text of the first column of every row a statement returns (ids, keys). */
    static Set<String> strings(LocalStack stack, String database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection db = connect(stack, database); PreparedStatement q = db.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** One number a statement returns. */
    static long number(LocalStack stack, String database, String sql) throws SQLException {
        try (Connection db = connect(stack, database); PreparedStatement q = db.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The database lost: dropped with every connection to it cut, and created again empty (as an operator recreating
     * a lost volume would), for a service that must find it out by itself.
     */
    static void recreateEmpty(LocalStack stack, String database) throws SQLException {
        try (Connection admin = connect(stack, "postgres"); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE \"" + database + "\" WITH (FORCE)");
            sql.execute("CREATE DATABASE \"" + database + "\"");
        }
    }

    static Connection connect(LocalStack stack, String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), stack.postgres().username(),
                stack.postgres().password());
    }

    private static Connection connect(LocalStack stack, RcsService service) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(service), stack.postgres().username(), stack.postgres().password());
    }
}
