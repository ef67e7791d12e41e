package uk.police.wm.rcs.gateway.rocu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
 * The ROCU sections beyond the headline figures: claimed against moderated disruptions by force and crime type
 * (paras 46-48), the funding reconciliation against the formula (paras 49-51), and the review register with the
 * year's objectives (paras 58-63).
 */
@ApplicationScoped
public class RocuCoverage {

    static final String MODERATION = "rocu.claimedVersusModerated";
    static final String FUNDING = "rocu.fundingReconciliation";
    static final String REVIEWS = "rocu.reviewsAndObjectives";

    /** Where moderation left the claims: every claim counts once, under its current status. */
    private static final List<String> STANDING = List.of("claims", "awaitingPanel", "approved", "downgraded",
            "rejected", "returned");

    /** A contributor's line of the quarter's reconciliation, with the regional cost and formula it was issued on. */
    record ReconciliationRow(String contributor, BigDecimal sharePercent, BigDecimal shareDue,
            BigDecimal staffCostBorne, BigDecimal balance, BigDecimal regionalCost, String formulaYear,
            String classification, Boolean visible) implements Records.MarkedRow {
    }

    /** A review of the register; {@code nextReview} as its ISO date text. */
    record ReviewRow(String item, String status, String owner, String nextReview, String classification,
            Boolean visible) implements Records.MarkedRow {
    }

    /** A departmental objective of the year. */
    record ObjectiveRow(String title, String classification, Boolean visible) implements Records.MarkedRow {
    }

    @Inject
    EntityManager em;

    public List<Section> sections(FinancialQuarter quarter, Disclosure disclosure) {
        return List.of(moderation(quarter, disclosure), funding(quarter, disclosure), reviews(quarter, disclosure));
    }

    private Section moderation(FinancialQuarter quarter, Disclosure disclosure) {
        String q = quarter.toString();
        String from = "FROM rocu_moderation_figure WHERE quarter = :quarter";
        String[] measures = {"disruptions", status("CLAIMED"), status("APPROVED"), status("DOWNGRADED"),
            status("REJECTED"), status("RETURNED_FOR_INFORMATION")};
        String derivation = "disruptions claimed in " + q + " (their disruptedOn date), counted by status: claims is"
                + " every one; awaiting panel, those claimed and not yet decided; approved, downgraded and rejected as"
                + " the panel decided; returned, those returned for information (a re-claim counts as awaiting again)";
        Table byForce = Records.table("byForce", "Claimed and moderated disruptions by force", "Force", q, STANDING,
                Records.figures(em, disclosure, MODERATION, "force", from, Map.of("quarter", q), measures),
                Source.get("rocu", "/api/v1/disruptions", Map.of("quarter", q, "force", "<force>"), derivation));
        Table byCrimeType = Records.table("byCrimeType", "Claimed and moderated disruptions by crime type",
                "Crime type", q,
                STANDING, Records.figures(em, disclosure, MODERATION, "crime_type", from, Map.of("quarter", q),
                        measures),
                Source.get("rocu", "/api/v1/disruptions", Map.of("quarter", q, "crimeType", "<crime type>"),
                        derivation));
        return Records.section(MODERATION, "ROCU: claimed and moderated disruptions", List.of(byForce, byCrimeType),
                disclosure);
    }

    private static String status(String status) {
        // our own constants, never caller input
        return "CASE WHEN status = '" + status + "' THEN disruptions ELSE 0 END";
    }

    private Section funding(FinancialQuarter quarter, Disclosure disclosure) {
        List<Row> rows = new ArrayList<>();
        BigDecimal regionalCost = null;
        String formulaYear = null;
        for (ReconciliationRow r : Records.visible(em, disclosure, FUNDING, "SELECT contributor, share_percent,"
                        + " share_due, staff_cost_borne, balance, regional_cost, formula_year, "
                        + Records.MARKING_COLUMNS + " FROM rocu_reconciliation_line WHERE quarter = :quarter"
                        + " ORDER BY share_percent DESC NULLS LAST, contributor", Map.of("quarter", quarter.toString()),
                ReconciliationRow.class)) {
            rows.add(new Row(r.contributor(), List.of(Cell.amount("sharePercent", r.sharePercent()),
                    Cell.amount("shareDue", r.shareDue()), Cell.amount("staffCostBorne", r.staffCostBorne()),
                    Cell.amount("balance", r.balance()))));
            regionalCost = r.regionalCost();
            formulaYear = r.formulaYear();
        }
        Source source = Source.get("rocu", "/api/v1/funding/reconciliations/" + quarter.financialYear() + "/"
                + quarter.quarterLabel(), Map.of(), "the issued reconciliation's lines; the shares are the"
                + " formula of " + (formulaYear == null ? "the quarter's year" : formulaYear) + " (GET"
                + " /api/v1/funding/formulas/{fy}); balance = share due - staff cost borne, positive: the"
                + " contributor pays");
        Table lines = new Table("reconciliation", "Funding formula reconciliation: each contributor's share of the"
                + " regional cost against the staff cost it bore", "Contributor", quarter.toString(),
                List.of("sharePercent", "shareDue", "staffCostBorne", "balance"), rows, source);
        Table cost = new Table("regionalCost", "Regional cost reconciled", "Cost", quarter.toString(),
                List.of("regionalCost"), regionalCost == null ? List.of()
                        : List.of(new Row("REGIONAL_COST", List.of(Cell.amount("regionalCost", regionalCost)))),
                source);
        return Records.section(FUNDING, "ROCU funding position and reconciliation", List.of(lines, cost),
                disclosure);
    }

    private Section reviews(FinancialQuarter quarter, Disclosure disclosure) {
        List<Row> reviews = Records.visible(em, disclosure, REVIEWS, "SELECT item, status, owner,"
                        + " CAST(next_review AS varchar), " + Records.MARKING_COLUMNS + " FROM rocu_review"
                        + " ORDER BY next_review, item", Map.of(), ReviewRow.class).stream()
                .map(r -> new Row(r.item(), List.of(Cell.status("status", r.status()),
                        Cell.status("owner", r.owner()), Cell.status("nextReview", r.nextReview())))).toList();
        List<Row> objectives = Records.visible(em, disclosure, REVIEWS, "SELECT title, " + Records.MARKING_COLUMNS
                        + " FROM rocu_objective WHERE financial_year = :fy ORDER BY title",
                Map.of("fy", quarter.financialYear()), ObjectiveRow.class).stream()
                .map(r -> new Row(r.title(), List.of())).toList();
        return Records.section(REVIEWS, "ROCU review register and departmental objectives", List.of(
                new Table("reviews", "Reviews commissioned after the Force Management Statement", "Review",
                        "as the register stands", List.of("status", "owner", "nextReview"), reviews,
                        Source.get("rocu", "/api/v1/governance/reviews", Map.of(), "every review, by next review"
                                + " date")),
                new Table("objectives", "Departmental objectives for " + quarter.financialYear(), "Objective",
                        quarter.financialYear(), List.of(), objectives,
                        Source.get("rocu", "/api/v1/governance/objectives",
                                Map.of("financialYear", quarter.financialYear()), "the year's objectives"))),
                disclosure);
    }
}
