package uk.police.wm.rcs.gateway.governance;

import jakarta.persistence.Query;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** The three quarters a trend compares: the quarter, the one before it and the same quarter a year before. */
public record TrendQuarters(String current, String previous, String yearBefore) {

    /** SQL: a figure table's {@code quarter} is one of the three (bind with {@link #bind}). */
    public static final String CONDITION = "quarter IN (:current, :previous, :yearBefore)";

    public static TrendQuarters of(FinancialQuarter quarter) {
        return new TrendQuarters(quarter.toString(), quarter.previous().toString(),
                quarter.sameQuarterYearBefore().toString());
    }

    /** Binds the parameters of {@link #CONDITION}. */
    public <Q extends Query> Q bind(Q query) {
        query.setParameter("current", current).setParameter("previous", previous)
                .setParameter("yearBefore", yearBefore);
        return query;
    }
}
