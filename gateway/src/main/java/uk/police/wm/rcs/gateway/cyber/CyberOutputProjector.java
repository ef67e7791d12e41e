package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import uk.police.wm.rcs.cyber.events.ForensicsEvents.MonthReported;
import uk.police.wm.rcs.cyber.events.FundingEvents.BidDecided;
import uk.police.wm.rcs.cyber.events.FundingEvents.BidSubmitted;
import uk.police.wm.rcs.cyber.events.OutreachEvents.CyberEssentialsMonthReported;
import uk.police.wm.rcs.cyber.events.OutreachEvents.OutreachEventRecorded;
import uk.police.wm.rcs.cyber.events.TrainingEvents.SessionRecorded;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * Keeps the cyber outputs the report shows (paras 70-91): digital forensics and Cyber Essentials per month (a
 * revision of a month replaces it), training sessions and outreach events (each in the quarter it was held), and
 * funding bids (submitted, then decided), each with the marking its newest event carries.
 */
@ApplicationScoped
public class CyberOutputProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(MonthReported.TYPE, CyberEssentialsMonthReported.TYPE, SessionRecorded.TYPE,
                OutreachEventRecorded.TYPE, BidSubmitted.TYPE, BidDecided.TYPE);
    }

    @Override
    public void apply(Applied event) {
        String classification = event.marking().classification().name();
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        switch (event.event().type()) {
            case MonthReported.TYPE -> {
                MonthReported m = event.as(MonthReported.class);
                month("cyber_forensics_month", "kiosk_examinations", "central_submissions", m.month(),
                        count(m.kioskExaminations(), "kioskExaminations"),
                        count(m.centralSubmissions(), "centralSubmissions"), classification, caveats);
            }
            case CyberEssentialsMonthReported.TYPE -> {
                CyberEssentialsMonthReported m = event.as(CyberEssentialsMonthReported.class);
                month("cyber_essentials_month", "smes_engaged", "certifications", m.month(),
                        count(m.smesEngaged(), "smesEngaged"), count(m.certifications(), "certifications"),
                        classification, caveats);
            }
            case SessionRecorded.TYPE -> {
                SessionRecorded t = event.as(SessionRecorded.class);
                em.createNativeQuery("INSERT INTO cyber_training_session (id, quarter, audience,"
                                + " attendees, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                                + " ON CONFLICT (id) DO UPDATE SET quarter = EXCLUDED.quarter, audience ="
                                + " EXCLUDED.audience, attendees = EXCLUDED.attendees, classification ="
                                + " EXCLUDED.classification, caveats = EXCLUDED.caveats")
                        .setParameter(1, uuid(t.id(), "id")).setParameter(2, quarterOf(t.deliveredOn(), "deliveredOn"))
                        .setParameter(3, required(t.audience(), "audience").name())
                        .setParameter(4, (long) count(t.attendees(), "attendees"))
                        .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
            }
            case OutreachEventRecorded.TYPE -> {
                OutreachEventRecorded o = event.as(OutreachEventRecorded.class);
                em.createNativeQuery("INSERT INTO cyber_outreach_event (id, quarter, strand, audience,"
                                + " attendees, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                                + " CAST(?7 AS text[])) ON CONFLICT (id) DO UPDATE SET quarter = EXCLUDED.quarter,"
                                + " strand = EXCLUDED.strand, audience = EXCLUDED.audience, attendees ="
                                + " EXCLUDED.attendees, classification = EXCLUDED.classification, caveats ="
                                + " EXCLUDED.caveats")
                        .setParameter(1, uuid(o.id(), "id")).setParameter(2, quarterOf(o.heldOn(), "heldOn"))
                        .setParameter(3, required(o.strand(), "strand").name())
                        .setParameter(4, required(o.audience(), "audience").name())
                        .setParameter(5, (long) count(o.attendees(), "attendees")).setParameter(6, classification)
                        .setParameter(7, caveats).executeUpdate();
            }
            case BidSubmitted.TYPE -> {
                BidSubmitted b = event.as(BidSubmitted.class);
                em.createNativeQuery("INSERT INTO cyber_funding_bid (id, board, purpose, amount,"
                                + " submitted_on, status, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5,"
                                + " 'SUBMITTED', ?6, CAST(?7 AS text[])) ON CONFLICT (id) DO UPDATE SET board ="
                                + " EXCLUDED.board, purpose = EXCLUDED.purpose, amount = EXCLUDED.amount,"
                                + " submitted_on = EXCLUDED.submitted_on")
                        .setParameter(1, uuid(b.id(), "id")).setParameter(2, required(b.board(), "board"))
                        .setParameter(3, required(b.purpose(), "purpose"))
                        .setParameter(4, required(b.amount(), "amount"))
                        .setParameter(5, required(b.submittedOn(), "submittedOn")).setParameter(6, classification)
                        .setParameter(7, caveats).executeUpdate();
            }
            default -> {
                BidDecided d = event.as(BidDecided.class);
                em.createNativeQuery("INSERT INTO cyber_funding_bid (id, amount, status, decision_on,"
                                + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                                + " ON CONFLICT (id) DO UPDATE SET amount = EXCLUDED.amount, status = EXCLUDED.status,"
                                + " decision_on = EXCLUDED.decision_on, classification = EXCLUDED.classification,"
                                + " caveats = EXCLUDED.caveats")
                        .setParameter(1, uuid(d.id(), "id")).setParameter(2, required(d.amount(), "amount"))
                        .setParameter(3, required(d.status(), "status").name()).setParameter(4, d.decisionOn())
                        .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
            }
        }
    }

    private void month(String table, String firstColumn, String secondColumn, YearMonth month, int first,
            int second, String classification, String caveats) {
        // table and column names are our own constants
        em.createNativeQuery("INSERT INTO " + table + " (month, " + firstColumn + ", " + secondColumn
                        + ", classification, caveats) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]))"
                        + " ON CONFLICT (month) DO UPDATE SET " + firstColumn + " = EXCLUDED." + firstColumn + ", "
                        + secondColumn + " = EXCLUDED." + secondColumn + ", classification ="
                        + " EXCLUDED.classification, caveats = EXCLUDED.caveats")
                .setParameter(1, required(month, "month").toString()).setParameter(2, (long) first)
                .setParameter(3, (long) second).setParameter(4, classification)
                .setParameter(5, caveats).executeUpdate();
    }

    /** A count of an event's data, never negative. */
    static int count(int value, String field) {
        if (value < 0) {
            throw new RejectedEventException(field + " is negative");
        }
        return value;
    }

    private static String quarterOf(LocalDate date, String field) {
        return FinancialQuarter.of(required(date, field)).toString();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_forensics_month, cyber_essentials_month, cyber_training_session,"
                + " cyber_outreach_event, cyber_funding_bid").executeUpdate();
    }
}
