package uk.police.wm.rcs.gateway.cyber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Cell;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Row;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Section;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Source;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage.Table;
import uk.police.wm.rcs.gateway.governance.coverage.Records;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * The cyber sections beyond the headline referral figures: the five-point plan and the 4 P delivery plans' RAG with
 * the actions overdue at the quarter's end (paras 64-65), and the outputs: digital forensics, Cyber Essentials,
 * training, outreach and funding bids (paras 70-91).
 */
@ApplicationScoped
public class CyberCoverage {

    static final String PLANS = "cyber.plans";
    static final String OUTPUTS = "cyber.outputs";
    static final String VICTIM_CONTACT = "cyber.victimContactDeadlines";

    /** A point of the five-point plan. */
    record FivePointRow(String area, String status, String commitment, String classification, Boolean visible)
            implements Records.MarkedRow {
    }

    /** A delivery plan action overdue at the quarter's end; {@code dueOn} as its ISO date text. */
    record OverdueActionRow(String title, String strand, String owner, String dueOn, String rag,
            String classification, Boolean visible) implements Records.MarkedRow {
    }

    /** A month's two counts of a monthly report (digital forensics, Cyber Essentials). */
    record MonthCountsRow(String month, long first, long second, String classification, Boolean visible)
            implements Records.MarkedRow {
    }

    /** The Digital PCSOs' month; {@code digitalPcsosInPost} null when the report did not state it. */
    record PcsoMonthRow(String month, long reach, long events, Integer digitalPcsosInPost, String classification,
            Boolean visible) implements Records.MarkedRow {
    }

    /** A funding bid; its dates as ISO date text, null when not yet reached. */
    record BidRow(String bid, String board, BigDecimal amount, String status, String submittedOn, String decisionOn,
            String classification, Boolean visible) implements Records.MarkedRow {
    }

    @Inject
    EntityManager em;

    public List<Section> sections(FinancialQuarter quarter, Disclosure disclosure) {
        return List.of(plans(quarter, disclosure), outputs(quarter, disclosure),
                victimContactDeadlines(quarter, disclosure));
    }

    /**
     * Vulnerable victims' first contact against its deadline (paras 68, 82): the referrals whose deadline fell in the
     * quarter, by force: contacted by the deadline, after it, and not contacted as the view stands.
     */
    private Section victimContactDeadlines(FinancialQuarter quarter, Disclosure disclosure) {
        String q = quarter.toString();
        Table byForce = Records.table("byForce", "Vulnerable victims' first contact against its deadline, by force",
                "Force", q, List.of("referrals", "metDeadline", "contactedLate", "notContacted"),
                Records.figures(em, disclosure, VICTIM_CONTACT, "force",
                        "FROM cyber_contact_deadline_figure WHERE due_quarter = :quarter", Map.of("quarter", q),
                        "referrals", "met", "late", "not_contacted"),
                Source.get("cyber", "/api/v1/referrals", Map.of("queue", "ALL"), "the referrals whose contactDueBy"
                        + " falls from " + quarter.start() + " to " + quarter.endExclusive().minusDays(1)
                        + ", counted by force: victimContactedOn on or before contactDueBy (met), after it (late),"
                        + " or none yet (not contacted; GET /api/v1/referrals/overdue-victim-contacts lists those"
                        + " past their deadline); the list needs an X-Justification header and is audited"));
        return Records.section(VICTIM_CONTACT, "Victim-contact deadlines met", List.of(byForce), disclosure);
    }

    private Section plans(FinancialQuarter quarter, Disclosure disclosure) {
        String fy = quarter.financialYear();
        LocalDate end = quarter.endExclusive().minusDays(1);
        List<Row> fivePoint = Records.visible(em, disclosure, PLANS, "SELECT area, status, commitment, "
                        + Records.MARKING_COLUMNS + " FROM cyber_five_point WHERE financial_year = :fy ORDER BY area",
                Map.of("fy", fy), FivePointRow.class).stream().map(r -> new Row(r.area(),
                        List.of(Cell.status("status", r.status()), Cell.status("commitment", r.commitment()))))
                .toList();
        // an action is overdue at the quarter's end when it was due by then and not completed by then
        String overdue = "(due_on <= CAST(:end AS date) AND (completed_on IS NULL OR completed_on > CAST(:end AS"
                + " date)))";
        Table rag = Records.table("deliveryPlanRag", "4 P delivery plans: actions by RAG, and overdue at the"
                        + " quarter's end", "Strand", quarter.toString(), List.of("actions", "red", "amber", "green",
                        "completed", "overdue"),
                Records.figures(em, disclosure, PLANS, "strand", "FROM cyber_plan_action WHERE financial_year = :fy",
                        Map.of("fy", fy, "end", end), "1", "CASE WHEN rag = 'RED' THEN 1 ELSE 0 END",
                        "CASE WHEN rag = 'AMBER' THEN 1 ELSE 0 END", "CASE WHEN rag = 'GREEN' THEN 1 ELSE 0 END",
                        "CASE WHEN completed_on <= CAST(:end AS date) THEN 1 ELSE 0 END",
                        "CASE WHEN " + overdue + " THEN 1 ELSE 0 END"),
                Source.get("cyber", "/api/v1/five-point-plan/" + fy, Map.of(), "the year's plan actions by"
                        + " strand, counted by their current RAG; overdue: due by " + end + " and not completed by"
                        + " then (GET /api/v1/plan-actions/overdue lists today's)"));
        List<Row> overdueActions = Records.visible(em, disclosure, PLANS, "SELECT title, strand, owner,"
                        + " CAST(due_on AS varchar), rag, " + Records.MARKING_COLUMNS + " FROM cyber_plan_action"
                        + " WHERE financial_year = :fy AND " + overdue + " ORDER BY due_on, title",
                Map.of("fy", fy, "end", end), OverdueActionRow.class).stream().map(r -> new Row(r.title(), List.of(
                        Cell.status("strand", r.strand()), Cell.status("owner", r.owner()),
                        Cell.status("dueOn", r.dueOn()), Cell.status("rag", r.rag())))).toList();
        return Records.section(PLANS, "Cybercrime five-point plan and 4 P delivery plans", List.of(
                new Table("fivePointPlan", "Five-point plan: each commitment's status", "Point of the plan", fy,
                        List.of("status", "commitment"), fivePoint,
                        Source.get("cyber", "/api/v1/five-point-plan/" + fy, Map.of(), "the year's commitments")),
                rag,
                new Table("overdueActions", "Delivery plan actions overdue at the quarter's end", "Action",
                        quarter.toString(),
                        List.of("strand", "owner", "dueOn", "rag"), overdueActions,
                        Source.get("cyber", "/api/v1/plan-actions/overdue", Map.of(), "actions due by " + end
                                + " and not completed by then"))), disclosure);
    }

    private Section outputs(FinancialQuarter quarter, Disclosure disclosure) {
        String q = quarter.toString();
        String fy = quarter.financialYear();
        List<String> months = quarter.months().stream().map(Object::toString).toList();
        Map<String, Object> inMonths = Map.of("m1", months.get(0), "m2", months.get(1), "m3", months.get(2));
        String monthFilter = " WHERE month IN (:m1, :m2, :m3) ORDER BY month";
        List<Row> forensics = Records.visible(em, disclosure, OUTPUTS, "SELECT month, kiosk_examinations,"
                + " central_submissions, " + Records.MARKING_COLUMNS + " FROM cyber_forensics_month" + monthFilter,
                inMonths, MonthCountsRow.class).stream().map(r -> new Row(r.month(),
                        List.of(Cell.count("kioskExaminations", r.first()),
                                Cell.count("centralSubmissions", r.second())))).toList();
        List<Row> essentials = Records.visible(em, disclosure, OUTPUTS, "SELECT month, smes_engaged, certifications, "
                + Records.MARKING_COLUMNS + " FROM cyber_essentials_month" + monthFilter, inMonths,
                MonthCountsRow.class).stream().map(r -> new Row(r.month(), List.of(Cell.count("smesEngaged", r.first()),
                        Cell.count("certifications", r.second())))).toList();
        // the West Midlands Police Digital PCSO's reach and events (paras 93-94); the region's posts (para 92)
        List<Row> pcso = Records.visible(em, disclosure, OUTPUTS, "SELECT month, reach, events,"
                + " digital_pcsos_in_post, " + Records.MARKING_COLUMNS + " FROM cyber_pcso_month" + monthFilter,
                inMonths, PcsoMonthRow.class).stream().map(r -> new Row(r.month(), List.of(
                        Cell.count("reach", r.reach()), Cell.count("eventsSupported", r.events()),
                        r.digitalPcsosInPost() == null ? Cell.status("digitalPcsosInPost", "not stated")
                                : Cell.count("digitalPcsosInPost", r.digitalPcsosInPost())))).toList();
        Table training = Records.table("training", "Cyber awareness training by audience", "Audience", q,
                List.of("sessions", "attendees"), Records.figures(em, disclosure, OUTPUTS, "audience",
                        "FROM cyber_training_session WHERE quarter = :quarter", Map.of("quarter", q), "1",
                        "attendees"),
                Source.get("cyber", "/api/v1/training/" + fy + "/sessions", Map.of(), "sessions delivered in " + q
                        + ", counted by audience, attendees summed"));
        Table outreach = Records.table("outreach", "Protect and Prevent outreach events by strand and audience",
                "Strand and audience", q,
                List.of("events", "attendees"), Records.figures(em, disclosure, OUTPUTS,
                        "strand || '/' || audience", "FROM cyber_outreach_event WHERE quarter = :quarter",
                        Map.of("quarter", q), "1", "attendees"),
                Source.get("cyber", "/api/v1/outreach/events/" + fy, Map.of(), "events held in " + q
                        + ", counted by strand and audience (key strand/audience), attendees summed"));
        List<Row> bids = Records.visible(em, disclosure, OUTPUTS, "SELECT coalesce(purpose, CAST(id AS varchar)),"
                + " board, amount, status, CAST(submitted_on AS varchar), CAST(decision_on AS varchar), "
                + Records.MARKING_COLUMNS + " FROM cyber_funding_bid WHERE submitted_on IS NULL OR submitted_on <"
                + " CAST(:end AS date) ORDER BY submitted_on, purpose", Map.of("end", quarter.endExclusive()),
                BidRow.class).stream().map(r -> new Row(r.bid(), List.of(Cell.status("board", r.board()),
                        Cell.amount("amount", r.amount()), Cell.status("status", r.status()),
                        Cell.status("submittedOn", r.submittedOn()), Cell.status("decisionOn", r.decisionOn()))))
                .toList();
        return Records.section(OUTPUTS, "Cybercrime outputs: digital forensics, Cyber Essentials, the Digital"
                + " PCSOs, training, outreach and bids", List.of(
                new Table("digitalForensics", "Digital forensics: devices examined at kiosks and submitted centrally,"
                        + " per month", "Month", q, List.of("kioskExaminations", "centralSubmissions"), forensics,
                        Source.get("cyber", "/api/v1/digital-forensics/" + fy + "/months", Map.of(),
                                "the quarter's months")),
                new Table("cyberEssentials", "Cyber Essentials: SMEs engaged and certifications, per month", "Month", q,
                        List.of("smesEngaged", "certifications"), essentials,
                        Source.get("cyber", "/api/v1/protect/cyber-essentials/" + fy + "/months", Map.of(),
                                "the quarter's months")),
                new Table("digitalPcso", "Digital PCSO: social-media reach and events supported, per month, and"
                        + " the Digital PCSOs in post across the region", "Month", q,
                        List.of("reach", "eventsSupported", "digitalPcsosInPost"), pcso,
                        Source.get("cyber", "/api/v1/digital-pcso/" + fy + "/months", Map.of(),
                                "the quarter's months; eventsSupported is the sum of events over audiences")),
                training, outreach,
                new Table("fundingBids", "Funding bids submitted by the quarter's end, with their decision", "Bid",
                        "to the end of " + q, List.of("board", "amount", "status", "submittedOn", "decisionOn"), bids,
                        Source.get("cyber", "/api/v1/funding/bids", Map.of(), "bids submitted before "
                                + quarter.endExclusive() + "; status as it now stands"))), disclosure);
    }
}
