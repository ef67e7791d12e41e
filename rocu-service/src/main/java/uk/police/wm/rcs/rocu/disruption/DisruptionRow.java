package uk.police.wm.rcs.rocu.disruption;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A new disruption as one SQL insert, for the claim path that writes the record, its event and its audit entry in
 * a single statement; a record the force already claimed under the same source id inserts nothing.
 */
public final class DisruptionRow {

    /** For a batch of disruptions already checked to be new (the driver sends a batch as multi-row inserts). */
    static final String INSERT_CHECKED = """
            INSERT INTO disruption (id, force, source_record_id, content_hash, target_type, ocg_reference,
                priority_individual_ref, lead_agency, crime_type, claimed_impact, category, activity_level,
                disrupted_on, narrative, highlight, classification, caveats, status, review_date, recorded_at,
                recorded_by, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One new disruption, or nothing when the force already claimed its source record id. */
    static final String INSERT = INSERT_CHECKED + " ON CONFLICT (force, source_record_id) DO NOTHING RETURNING id";

    private DisruptionRow() {
    }

    /**
     * Inserts disruptions already checked to be new, in the caller's transaction, as one JDBC batch; a record claimed
     * meanwhile by another request fails the whole batch on the unique key.
     */
    public static void insertAll(Connection connection, List<Disruption> disruptions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHECKED)) {
            for (Disruption d : disruptions) {
                bind(insert, 1, d);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Sets the {@link #INSERT} parameters from {@code first} on; returns the index of the next. */
    static int bind(PreparedStatement s, int first, Disruption d) throws SQLException {
        int i = first;
        s.setObject(i++, d.id);
        s.setString(i++, d.force.name());
        s.setString(i++, d.sourceRecordId);
        s.setString(i++, d.contentHash);
        s.setString(i++, d.targetType.name());
        s.setString(i++, d.ocgReference);
        s.setString(i++, d.priorityIndividualRef);
        s.setString(i++, d.leadAgency.name());
        s.setString(i++, d.crimeType.name());
        s.setString(i++, d.claimedImpact.name());
        s.setString(i++, d.category.name());
        s.setString(i++, d.activityLevel.name());
        s.setObject(i++, d.disruptedOn);
        s.setString(i++, d.narrative);
        s.setBoolean(i++, d.highlight);
        i = d.marking().bind(s, i);
        s.setString(i++, d.status.name());
        s.setObject(i++, d.reviewDate, Types.DATE);
        s.setObject(i++, d.recordedAt.atOffset(ZoneOffset.UTC));
        s.setString(i++, d.recordedBy);
        s.setObject(i++, d.updatedAt.atOffset(ZoneOffset.UTC));
        s.setLong(i++, d.version);
        return i;
    }
}
