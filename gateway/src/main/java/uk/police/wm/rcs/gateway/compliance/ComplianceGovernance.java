package uk.police.wm.rcs.gateway.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.readmodel.Section;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * The compliance section of the governance view: per service, the reviews of records about people (MoPI) decided in
 * the quarter, retained and disposed of, and how many of them were decided after the quarter they fell due in,
 * counting only reviews of records the reader is cleared for.
 */
@ApplicationScoped
public class ComplianceGovernance {

    /** The quarter's records review. */
    public record ComplianceFigures(List<ServiceReviews> services) {
    }

    /** One service's reviews decided in the quarter; {@code decidedLate}: due in an earlier quarter. */
    public record ServiceReviews(String service, long reviewed, long retained, long disposed, long decidedLate) {
    }

    /** One service's counts as the query reads them, keyed by its section name. */
    private record ReviewCountRow(String section, long reviewed, long retained, long disposed, long decidedLate) {
    }

    @Inject
    Session session;

    public ComplianceFigures figures(FinancialQuarter quarter, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("decided_quarter = :quarter", "quarter", quarter.toString());
        List<ReviewCountRow> rows = where.bind(session.createNativeQuery("SELECT section, count(*),"
                + " count(*) FILTER (WHERE decision = 'RETAIN'), count(*) FILTER (WHERE decision = 'DISPOSE'),"
                + " count(*) FILTER (WHERE due_quarter < decided_quarter) FROM compliance_review" + where.sql()
                + " GROUP BY section", ReviewCountRow.class)).getResultList();
        return new ComplianceFigures(Arrays.stream(Section.values()).map(section -> rows.stream()
                .filter(r -> section.name().equals(r.section())).findFirst()
                .map(r -> new ServiceReviews(label(section), r.reviewed(), r.retained(), r.disposed(),
                        r.decidedLate()))
                .orElse(new ServiceReviews(label(section), 0, 0, 0, 0))).toList());
    }

    private static String label(Section section) {
        return switch (section) {
            case CTU -> "Counter Terrorism Unit";
            case ROCU -> "Regional Organised Crime Unit";
            case CYBER -> "Cybercrime";
        };
    }
}
