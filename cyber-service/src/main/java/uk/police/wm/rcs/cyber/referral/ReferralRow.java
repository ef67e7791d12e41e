package uk.police.wm.rcs.cyber.referral;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;

/**
 * A new referral as one SQL insert, for the intake path that writes the referral, its event and its audit entry in
 * a single statement; a referral already received under the same Action Fraud reference inserts nothing.
 */
final class ReferralRow {

    static final String INSERT = """
            INSERT INTO referral (id, action_fraud_reference, source, force, crime_class, victim_type,
                vulnerable_victim, vulnerability, reported_loss, received_at, contact_due_by, retention_review_on,
                recorded_at, recorded_by, classification, caveats, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (action_fraud_reference) DO NOTHING
            RETURNING id""";

    private ReferralRow() {
    }

    /** Sets the {@link #INSERT} parameters from {@code first} on; returns the index of the next. */
    static int bind(PreparedStatement s, int first, Referral r) throws SQLException {
        int i = first;
        s.setObject(i++, r.id);
        s.setString(i++, r.actionFraudReference);
        s.setString(i++, r.source.name());
        s.setString(i++, r.force.name());
        s.setString(i++, r.crimeClass.name());
        s.setString(i++, r.victimType.name());
        s.setBoolean(i++, r.vulnerableVictim);
        s.setString(i++, r.vulnerability == null ? null : r.vulnerability.name());
        s.setBigDecimal(i++, r.reportedLoss);
        s.setObject(i++, r.receivedAt.atOffset(ZoneOffset.UTC));
        s.setObject(i++, r.contactDueBy, Types.DATE);
        s.setObject(i++, r.retentionReviewOn, Types.DATE);
        s.setObject(i++, r.recordedAt.atOffset(ZoneOffset.UTC));
        s.setString(i++, r.recordedBy);
        i = r.marking().bind(s, i);
        s.setLong(i++, r.version);
        return i;
    }
}
