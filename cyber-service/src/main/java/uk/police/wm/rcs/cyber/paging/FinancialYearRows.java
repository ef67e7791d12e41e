package uk.police.wm.rcs.cyber.paging;

import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The filter of the yearly registers' lists: a financial year's rows by their date column. */
public final class FinancialYearRows {
    private FinancialYearRows() {
    }

    /** Rows whose {@code dateColumn} (native SQL name) falls in the financial year that starts with {@code q1}. */
    public static SqlFilter of(String dateColumn, FinancialQuarter q1) {
        return SqlFilter.all().and(dateColumn + " >= :yearFrom and " + dateColumn + " < :yearTo", "yearFrom",
                q1.start()).param("yearTo", q1.start().plusYears(1));
    }
}
