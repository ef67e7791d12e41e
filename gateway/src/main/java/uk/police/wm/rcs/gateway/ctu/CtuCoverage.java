package uk.police.wm.rcs.gateway.ctu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
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
 * The CTU sections beyond the headline activity: the business plan's quarterly RAG per reviewing body (paras
 * 26-27; counts only, classified as ctu-service marks them) and the Prevent, Protect and Prepare outputs (paras
 * 13-25).
 */
@ApplicationScoped
public class CtuCoverage {

    static final String RAG = "ctu.businessPlanRag";
    static final String OUTPUTS = "ctu.preventProtectPrepare";

    /** A reviewing body's RAG counts for the quarter. */
    record RagRow(String reviewingBody, long red, long amber, long green, long notReviewed, String classification,
            Boolean visible) implements Records.MarkedRow {
    }

    @Inject
    EntityManager em;

    public List<Section> sections(FinancialQuarter quarter, Disclosure disclosure) {
        return List.of(rag(quarter, disclosure), outputs(quarter, disclosure));
    }

    private Section rag(FinancialQuarter quarter, Disclosure disclosure) {
        List<Row> rows = new ArrayList<>();
        for (RagRow r : Records.visible(em, disclosure, RAG, "SELECT reviewing_body, red, amber, green,"
                        + " not_reviewed, " + Records.MARKING_COLUMNS + " FROM ctu_plan_rag"
                        + " WHERE financial_year = :fy AND quarter = :quarter ORDER BY reviewing_body",
                Map.of("fy", quarter.financialYear(), "quarter", quarter.quarterLabel()), RagRow.class)) {
            rows.add(new Row(r.reviewingBody(), List.of(Cell.count("red", r.red()), Cell.count("amber", r.amber()),
                    Cell.count("green", r.green()), Cell.count("notReviewed", r.notReviewed()))));
        }
        Table table = new Table("ragByReviewingBody", "Business plan priorities by RAG rating, per reviewing body",
                "Reviewing body", quarter.toString(), List.of("red", "amber", "green", "notReviewed"), rows,
                Source.get("ctu", "/api/v1/business-plans/" + quarter.financialYear() + "/reviews/"
                        + quarter.quarterLabel(), Map.of(), "each reviewing body's ratings of the year's priorities,"
                        + " counted by RAG; a priority without a rating is not reviewed"));
        return Records.section(RAG, "Counter Terrorism business plan: quarterly RAG", List.of(table), disclosure);
    }

    private Section outputs(FinancialQuarter quarter, Disclosure disclosure) {
        String q = quarter.toString();
        Map<String, Object> prevent = Map.of("quarter", q, "fourP", "PREVENT");
        Map<String, Object> protect = Map.of("quarter", q, "fourP", "PROTECT");
        Map<String, Object> prepare = Map.of("quarter", q, "fourP", "PREPARE");
        String from = "FROM ctu_output_figure WHERE quarter = :quarter AND four_p = :fourP";
        Table cases = Records.table("preventCases", "Prevent cases referred in the quarter, by outcome (open cases by"
                        + " stage)", "Outcome, or stage while open", q, List.of("cases"),
                Records.figures(em, disclosure, OUTPUTS, "category", from, prevent, "records"),
                Source.get("ctu", "/api/v1/prevent/cases", Map.of(), "cases referred in " + q
                        + ", counted by outcome, or by stage while open"));
        Table visits = Records.table("protectActivities", "Protect: security advisor visits and reviews by site type,"
                        + " training by kind with attendees", "Site type or kind of activity", q,
                List.of("activities", "attendees"),
                Records.figures(em, disclosure, OUTPUTS, "category", from, protect, "records", "attendees"),
                Source.get("ctu", "/api/v1/protect/activities", Map.of(), "activities of " + q
                        + ", counted by site type (visits, reviews) or kind (training), attendees summed"));
        Table exercises = Records.table("prepareExercises", "Prepare exercises by type, with agencies taking part and"
                        + " lessons identified and still open", "Exercise type", q,
                List.of("exercises", "agencies", "lessons", "openLessons"),
                Records.figures(em, disclosure, OUTPUTS, "category", from, prepare, "records", "agencies", "lessons",
                        "open_lessons"),
                Source.get("ctu", "/api/v1/prepare/exercises", Map.of(), "exercises of " + q
                        + ", counted by type, agencies and lessons summed"));
        return Records.section(OUTPUTS, "Counter Terrorism: Prevent, Protect and Prepare outputs",
                List.of(cases, visits, exercises), disclosure);
    }
}
