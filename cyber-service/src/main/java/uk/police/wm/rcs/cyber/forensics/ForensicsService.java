package uk.police.wm.rcs.cyber.forensics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import uk.police.wm.rcs.cyber.forensics.ForensicsResource.MonthReport;
import uk.police.wm.rcs.cyber.events.ForensicsEvents.MonthReported;
import uk.police.wm.rcs.cyber.register.Registers;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Records digital forensics months and reads a year of them. */
@ApplicationScoped
public class ForensicsService {

    @Inject
    Registers registers;

    @Inject
    Outbox outbox;

    /** The month and whether this call created it. */
    public record Upsert(ForensicsMonth month, boolean created) {
    }

    /** Records a month; different figures for a recorded month need If-Match, the same figures are a no-op. */
    @Transactional
    public Upsert report(YearMonth month, MonthReport request, String ifMatch) {
        registers.requireBegun(month);
        ForensicsMonth m = ForensicsMonth.findById(month.atDay(1));
        boolean created = m == null;
        if (created) {
            m = new ForensicsMonth();
            m.month = month.atDay(1);
        } else if (m.kioskExaminations == request.kioskExaminations()
                && m.centralSubmissions == request.centralSubmissions()) {
            return new Upsert(m, false);
        } else {
            ETags.requireMatch(ifMatch, m.version);
        }
        m.kioskExaminations = request.kioskExaminations();
        m.centralSubmissions = request.centralSubmissions();
        if (created) {
            m.persist();
        }
        outbox.append(new MonthReported(month, m.kioskExaminations, m.centralSubmissions));
        return new Upsert(m, created);
    }

    /** The financial year's months starting with the given first quarter, in order. */
    public List<ForensicsMonth> year(FinancialQuarter q1) {
        return ForensicsMonth.list("month >= ?1 and month < ?2 order by month", q1.start(), q1.start().plusYears(1));
    }

    /** A page of the financial year's months, in order. */
    public Page<ForensicsMonth> months(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(ForensicsMonth.class, "forensics_month", "month", q1,
                Keyset.Order.byUniqueDate("month", m -> m.month, Direction.ASCENDING), page);
    }
}
