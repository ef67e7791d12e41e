package uk.police.wm.rcs.cyber.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import uk.police.wm.rcs.cyber.referral.Referral;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.cyber.referral.ReferralIntakeService;
import uk.police.wm.rcs.cyber.events.TriageOutcome;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * Keeps the quarterly summary's counts (referrals and victims contacted per quarter, class, outcome and marking) in
 * step with each referral write, in the caller's transaction; the marking is kept so a summary counts only what its
 * reader may see.
 */
@ApplicationScoped
public class ReferralQuarterCounts {

    /** Rows per quarter, class and outcome that concurrent writers spread over. */
    static final int SLOTS = 64;

    private static final String INSERT = "INSERT INTO referral_quarter_count AS c (quarter_start, crime_class,"
            + " outcome, classification, caveats, slot, referrals, contacted)";
    private static final String ADD = " ON CONFLICT (quarter_start, crime_class, outcome, classification, caveats,"
            + " slot) DO UPDATE"
            + " SET referrals = c.referrals + EXCLUDED.referrals, contacted = c.contacted + EXCLUDED.contacted";

    @Inject
    EntityManager em;

    /**
     * A referral's outcome or victim contact changed: it leaves its old row and joins its new one (the same row when
     * only the contact changed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Referral r, TriageOutcome outcomeBefore, boolean contactedBefore) {
        Map<String, CountChange> deltas = new TreeMap<>();
        deltas.merge(outcomeKey(outcomeBefore), new CountChange(-1, contactedBefore ? -1 : 0), CountChange::plus);
        deltas.merge(outcomeKey(r.triageOutcome), new CountChange(1, r.victimContactedOn == null ? 0 : 1),
                CountChange::plus);
        deltas.values().removeIf(CountChange::isNone);
        if (!deltas.isEmpty()) {
            apply(r, deltas);
        }
    }

    /** What one write adds to (or, negative, takes from) one count row. */
    record CountChange(long referrals, long contacted) {

        CountChange plus(CountChange other) {
            return new CountChange(referrals + other.referrals, contacted + other.contacted);
        }

        boolean isNone() {
            return referrals == 0 && contacted == 0;
        }
    }

    /** The first day of the quarter (West Midlands local time) a referral received at that instant counts in. */
    public static LocalDate quarterOf(Referral r) {
        return FinancialQuarter.of(r.receivedAt.atZone(ReferralIntakeService.ZONE).toLocalDate()).start();
    }

    static String outcomeKey(TriageOutcome outcome) {
        return outcome == null ? QuarterSummaryService.UNTRIAGED : outcome.name();
    }

    /**
     * The count a new referral adds, written in the referral's own statement ({@link NewRecordWriter}): one row of its
     * quarter and class, untriaged and not yet contacted.
     */
    public NewRecordWriter.Also received(Referral r) {
        return new NewRecordWriter.Also(INSERT + " SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM new_record" + ADD,
                (statement, first) -> bind(statement, first, r, outcomeKey(r.triageOutcome), 1,
                        r.victimContactedOn == null ? 0 : 1));
    }

    /** Sets one count row's parameters from {@code first} on; returns the index of the next. */
    private static int bind(PreparedStatement statement, int first, Referral r, String outcome, long referrals,
            long contacted) throws SQLException {
        statement.setObject(first, quarterOf(r));
        statement.setString(first + 1, r.crimeClass.name());
        statement.setString(first + 2, outcome);
        r.marking().bind(statement, first + 3);
        statement.setShort(first + 5, slot(r));
        statement.setLong(first + 6, referrals);
        statement.setLong(first + 7, contacted);
        return first + 8;
    }

    private static short slot(Referral r) {
        return (short) Math.floorMod(r.id.hashCode(), SLOTS);
    }

    /** One upsert; rows in key order so that two writers never lock the same rows in opposite orders. */
    private void apply(Referral r, Map<String, CountChange> deltas) {
        StringBuilder sql = new StringBuilder(INSERT).append(" VALUES ");
        for (int i = 0; i < deltas.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(ADD);
        // plain JDBC on the transaction's connection, to bind the caveats as a text[]
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int next = 1;
                for (Map.Entry<String, CountChange> delta : deltas.entrySet()) {
                    CountChange change = delta.getValue();
                    next = bind(statement, next, r, delta.getKey(), change.referrals(), change.contacted());
                }
                statement.executeUpdate();
            }
        });
    }
}
