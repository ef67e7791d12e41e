package uk.police.wm.rcs.platform.review;

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
        Map<LocalDate, Tally> byQuarter = new HashMap<>();

        SqlFilter pending = SqlFilter.visibleTo(caller).and("disposed_at is null").and(table.personCondition())
                .and(table.reviewDateColumn() + " >= :from", "from", from).and(table.reviewDateColumn() + " < :to", "to", to);
        SqlFilter decidedDue = decisions(table, caller).and("review_due_on >= :from", "from", from)
                .and("review_due_on < :to", "to", to);
        List<QuarterCount> due = new ArrayList<>(rows(pending, QuarterCount.class, "select cast(date_trunc('quarter', "
                + table.reviewDateColumn() + ") as date), count(*) from " + table.table() + pending.sql() + " group by 1"));
        due.addAll(rows(decidedDue, QuarterCount.class, "select cast(date_trunc('quarter', review_due_on) as date),"
                + " count(*) from record_review" + decidedDue.sql() + " group by 1"));
        due.forEach(row -> tally(byQuarter, row.quarter()).due += row.counted());

        String decidedOn = "cast(timezone('Europe/London', decided_at) as date)";
        SqlFilter decided = decisions(table, caller).and(decidedOn + " >= :from", "from", from)
                .and(decidedOn + " < :to", "to", to);
        for (QuarterDecisions row : rows(decided, QuarterDecisions.class, "select cast(date_trunc('quarter', "
                + decidedOn + ") as date), count(*), count(*) filter (where decision = 'RETAIN'), count(*) filter"
                + " (where decision = 'DISPOSE') from record_review" + decided.sql() + " group by 1")) {
            Tally t = tally(byQuarter, row.quarter());
            t.reviewed += row.reviewed();
            t.retained += row.retained();
            t.disposed += row.disposed();
        }
        List<QuarterReviews> quarters = new ArrayList<>();
        for (FinancialQuarter q = first; quarters.size() < 4; q = q.next()) {
            Tally t = byQuarter.getOrDefault(q.start(), new Tally());
            quarters.add(new QuarterReviews(q.toString(), t.due, t.reviewed, t.retained, t.disposed));
        }
        return new ReviewReport(first.financialYear(), quarters);
    }

    /** One statement's rows, each the record {@code type} built from its columns in order. */
    @SuppressWarnings("unchecked")
    private <R> List<R> rows(SqlFilter filter, Class<R> type, String sql) {
        return filter.bind(em.createNativeQuery(sql, type)).getResultList();
    }

    private static Tally tally(Map<LocalDate, Tally> byQuarter, LocalDate quarter) {
        return byQuarter.computeIfAbsent(quarter, q -> new Tally());
    }

    private static SqlFilter decisions(ReviewedTable table, Caller caller) {
        return SqlFilter.visibleTo(caller).and("record_type = :recordType", "recordType", table.recordType());
    }

    /** Reviews due in a quarter (its first day). */
    record QuarterCount(LocalDate quarter, long counted) {
    }

    /** Decisions taken in a quarter (its first day). */
    record QuarterDecisions(LocalDate quarter, long reviewed, long retained, long disposed) {
    }

    /** A quarter's figures as they are added up. */
    private static final class Tally {
        long due;
        long reviewed;
        long retained;
        long disposed;
    }
}
