package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.cyber.CyberPlanProjector.date;
import static uk.police.wm.rcs.gateway.readmodel.EventData.integer;
import static uk.police.wm.rcs.gateway.readmodel.EventData.optionalText;
import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
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

    static final String FORENSICS = "uk.police.wm.cyber.forensics-month.reported.v1";
    static final String ESSENTIALS = "uk.police.wm.cyber.cyber-essentials-month.reported.v1";
    static final String TRAINING = "uk.police.wm.cyber.training-session.recorded.v1";
    static final String OUTREACH = "uk.police.wm.cyber.outreach-event.recorded.v1";
    static final String BID_SUBMITTED = "uk.police.wm.cyber.funding-bid.submitted.v1";
    static final String BID_DECIDED = "uk.police.wm.cyber.funding-bid.decided.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(FORENSICS, ESSENTIALS, TRAINING, OUTREACH, BID_SUBMITTED, BID_DECIDED);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        String classification = event.marking().classification().name();
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        switch (event.event().type()) {
            case FORENSICS -> month("cyber_forensics_month", "kiosk_examinations", "central_submissions", data,
                    "kioskExaminations", "centralSubmissions", classification, caveats);
            case ESSENTIALS -> month("cyber_essentials_month", "smes_engaged", "certifications", data,
                    "smesEngaged", "certifications", classification, caveats);
            case TRAINING -> em.createNativeQuery("INSERT INTO cyber_training_session (id, quarter, audience,"
                            + " attendees, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                            + " ON CONFLICT (id) DO UPDATE SET quarter = EXCLUDED.quarter, audience ="
                            + " EXCLUDED.audience, attendees = EXCLUDED.attendees, classification ="
                            + " EXCLUDED.classification, caveats = EXCLUDED.caveats")
                    .setParameter(1, uuid(data, "id")).setParameter(2, quarterOf(text(data, "deliveredOn")))
                    .setParameter(3, text(data, "audience")).setParameter(4, (long) count(data, "attendees"))
                    .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
            case OUTREACH -> em.createNativeQuery("INSERT INTO cyber_outreach_event (id, quarter, strand, audience,"
                            + " attendees, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                            + " CAST(?7 AS text[])) ON CONFLICT (id) DO UPDATE SET quarter = EXCLUDED.quarter,"
                            + " strand = EXCLUDED.strand, audience = EXCLUDED.audience, attendees ="
                            + " EXCLUDED.attendees, classification = EXCLUDED.classification, caveats ="
                            + " EXCLUDED.caveats")
                    .setParameter(1, uuid(data, "id")).setParameter(2, quarterOf(text(data, "heldOn")))
                    .setParameter(3, text(data, "strand")).setParameter(4, text(data, "audience"))
                    .setParameter(5, (long) count(data, "attendees")).setParameter(6, classification)
                    .setParameter(7, caveats).executeUpdate();
            case BID_SUBMITTED -> em.createNativeQuery("INSERT INTO cyber_funding_bid (id, board, purpose, amount,"
                            + " submitted_on, status, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5,"
                            + " 'SUBMITTED', ?6, CAST(?7 AS text[])) ON CONFLICT (id) DO UPDATE SET board ="
                            + " EXCLUDED.board, purpose = EXCLUDED.purpose, amount = EXCLUDED.amount,"
                            + " submitted_on = EXCLUDED.submitted_on")
                    .setParameter(1, uuid(data, "id")).setParameter(2, text(data, "board"))
                    .setParameter(3, text(data, "purpose")).setParameter(4, data.path("amount").decimalValue())
                    .setParameter(5, date(text(data, "submittedOn"))).setParameter(6, classification)
                    .setParameter(7, caveats).executeUpdate();
            default -> em.createNativeQuery("INSERT INTO cyber_funding_bid (id, amount, status, decision_on,"
                            + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                            + " ON CONFLICT (id) DO UPDATE SET amount = EXCLUDED.amount, status = EXCLUDED.status,"
                            + " decision_on = EXCLUDED.decision_on, classification = EXCLUDED.classification,"
                            + " caveats = EXCLUDED.caveats")
                    .setParameter(1, uuid(data, "id")).setParameter(2, data.path("amount").decimalValue())
                    .setParameter(3, text(data, "status")).setParameter(4, date(optionalText(data, "decisionOn")))
                    .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
        }
    }

    private void month(String table, String firstColumn, String secondColumn, JsonNode data, String first,
            String second, String classification, String caveats) {
        String month = text(data, "month");
        if (!month.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw new RejectedEventException("month is not yyyy-MM: " + month);
        }
        // table and column names are our own constants
        em.createNativeQuery("INSERT INTO " + table + " (month, " + firstColumn + ", " + secondColumn
                        + ", classification, caveats) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]))"
                        + " ON CONFLICT (month) DO UPDATE SET " + firstColumn + " = EXCLUDED." + firstColumn + ", "
                        + secondColumn + " = EXCLUDED." + secondColumn + ", classification ="
                        + " EXCLUDED.classification, caveats = EXCLUDED.caveats")
                .setParameter(1, month).setParameter(2, (long) count(data, first))
                .setParameter(3, (long) count(data, second)).setParameter(4, classification)
                .setParameter(5, caveats).executeUpdate();
    }

    private static int count(JsonNode data, String field) {
        int value = integer(data, field);
        if (value < 0) {
            throw new RejectedEventException(field + " is negative");
        }
        return value;
    }

    private static String quarterOf(String date) {
        return FinancialQuarter.of(date(date)).toString();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_forensics_month, cyber_essentials_month, cyber_training_session,"
                + " cyber_outreach_event, cyber_funding_bid").executeUpdate();
    }
}
