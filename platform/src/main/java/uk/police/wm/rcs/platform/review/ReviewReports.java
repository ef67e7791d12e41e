package uk.police.wm.rcs.platform.review;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewRequests.QuarterReviews;
import uk.police.wm.rcs.platform.review.ReviewRequests.ReviewReport;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * A financial year's review figures per quarter, counting only what the reader may see. <b>Due</b>: the reviews that
 * fell due in the quarter, decided (their {@code record_review} row) or not (records not disposed of whose current
 * review date is in it); a retained record's next review is a new review, due in its own quarter. <b>Reviewed,
 * retained, disposed</b>: the decisions taken in the quarter (West Midlands time).
 */
@ApplicationScoped
public class ReviewReports {

    @Inject
    EntityManager em;

    /** The year's figures; 400 {@code invalid-parameter} naming {@code financialYear} when it is missing or bad. */
    public ReviewReport report(ReviewedTable table, String financialYear, Caller caller) {
        if (financialYear == null || financialYear.isBlank()) {
            throw Problems.badRequest("Name the financial year, e.g. financialYear=2024-25.").with("field",
                    "financialYear");
        }
        FinancialQuarter first = FinancialQuarter.firstOf(financialYear);
        LocalDate from = first.start();
        LocalDate to = first.next().next().next().endExclusive();
        Map<LocalDate, long[]> byQuarter = new HashMap<>();

        SqlFilter pending = SqlFilter.visibleTo(caller).and("disposed_at is null").and(table.personCondition())
                .and(table.reviewDateColumn() + " >= :from", "from", from).and(table.reviewDateColumn() + " < :to", "to", to);
        add(byQuarter, 0, pending.bind(em.createNativeQuery("select cast(date_trunc('quarter', "
                + table.reviewDateColumn() + ") as date), count(*) from " + table.table() + pending.sql()
                + " group by 1")).getResultList());

        SqlFilter decidedDue = decisions(table, caller).and("review_due_on >= :from", "from", from)
                .and("review_due_on < :to", "to", to);
        add(byQuarter, 0, decidedDue.bind(em.createNativeQuery("select cast(date_trunc('quarter', review_due_on)"
                + " as date), count(*) from record_review" + decidedDue.sql() + " group by 1")).getResultList());

        String decidedOn = "cast(timezone('Europe/London', decided_at) as date)";
        SqlFilter decided = decisions(table, caller).and(decidedOn + " >= :from", "from", from)
                .and(decidedOn + " < :to", "to", to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = decided.bind(em.createNativeQuery("select cast(date_trunc('quarter', " + decidedOn
                + ") as date), count(*), count(*) filter (where decision = 'RETAIN'),"
                + " count(*) filter (where decision = 'DISPOSE') from record_review" + decided.sql()
                + " group by 1")).getResultList();
        for (Object[] row : rows) {
            long[] counts = byQuarter.computeIfAbsent(date(row[0]), q -> new long[4]);
            for (int i = 1; i <= 3; i++) {
                counts[i] += ((Number) row[i]).longValue();
            }
        }
        List<QuarterReviews> quarters = new ArrayList<>();
        for (FinancialQuarter q = first; quarters.size() < 4; q = q.next()) {
            long[] c = byQuarter.getOrDefault(q.start(), new long[4]);
            quarters.add(new QuarterReviews(q.toString(), c[0], c[1], c[2], c[3]));
        }
        return new ReviewReport(first.financialYear(), quarters);
    }

    private static SqlFilter decisions(ReviewedTable table, Caller caller) {
        return SqlFilter.visibleTo(caller).and("record_type = :recordType", "recordType", table.recordType());
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<LocalDate, long[]> byQuarter, int index, List<?> rows) {
        for (Object[] row : (List<Object[]>) rows) {
            byQuarter.computeIfAbsent(date(row[0]), q -> new long[4])[index] += ((Number) row[1]).longValue();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
