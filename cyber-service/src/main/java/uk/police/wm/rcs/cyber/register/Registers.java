package uk.police.wm.rcs.cyber.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.police.wm.rcs.cyber.paging.FinancialYearRows;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/**
 * What the yearly registers (outreach, Prevent, Prepare, training, forensics) share: they record only the past, on
 * the service's clock (a month's figures once the month has begun, a record once its day has come), and they list a
 * financial year's rows a page at a time.
 */
@ApplicationScoped
public class Registers {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** 422 unless {@code month} has begun: a month's figures are reported from its first day on. */
    public void requireBegun(YearMonth month) {
        if (month.isAfter(YearMonth.now(clock))) {
            throw Problems.unprocessable("Month " + month + " has not begun.");
        }
    }

    /** 422 saying {@code problem} when {@code day} is after today. */
    public void requireNotAfterToday(LocalDate day, String problem) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable(problem);
        }
    }

    /** The instant a record is written (its {@code recordedAt}). */
    public Instant now() {
        return Instant.now(clock);
    }

    /** A page of {@code entity}'s rows (table {@code table}) whose {@code dateColumn} falls in q1's financial year. */
    public <T> Page<T> yearPage(Class<T> entity, String table, String dateColumn, FinancialQuarter q1,
            Keyset.Order<T> order, PageRequest page) {
        return Keyset.page(em, entity, table, FinancialYearRows.of(dateColumn, q1), order, page);
    }
}
