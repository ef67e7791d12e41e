package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.rocu.events.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Formula;
import uk.police.wm.rcs.rocu.funding.FundingRequests.FundingSource;
import uk.police.wm.rcs.rocu.funding.FundingRequests.SourceKind;
import uk.police.wm.rcs.rocu.funding.FundingRequests.Staffing;

/** Funding sources, the contribution formula per year, and staffing per force and quarter. */
@ApplicationScoped
public class FundingService {

    @Inject
    EntityManager em;

    @Transactional
    public FundingSource addSource(FundingSource s) {
        FinancialQuarter.parseYear(s.financialYear());
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into funding_source (id, financial_year, kind, name, amount)"
                + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, id).setParameter(2, s.financialYear())
                .setParameter(3, s.kind().name()).setParameter(4, s.name().strip()).setParameter(5, s.amount())
                .executeUpdate();
        return new FundingSource(id.toString(), s.financialYear(), s.kind(), s.name().strip(), s.amount());
    }

    public List<FundingSource> sources(String financialYear) {
        return rows(SourceRow.class, "select cast(id as varchar), financial_year, kind, name, amount"
                + " from funding_source where financial_year = ?1 order by kind, name", financialYear).stream()
                .map(r -> new FundingSource(r.id(), r.financialYear(), SourceKind.valueOf(r.kind()), r.name(),
                        r.amount())).toList();
    }

    /** Sets a year's formula once: a later year's formula never rewrites an earlier one's. */
    @Transactional
    public Formula setFormula(Formula f) {
        FinancialQuarter.parseYear(f.financialYear());
        BigDecimal total = f.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(100)) != 0 || f.shares().size() != Contributor.values().length) {
            throw Problems.unprocessable("A formula gives every contributor a share, adding up to 100 %.");
        }
        Number existing = (Number) em.createNativeQuery("select count(*) from contribution_share"
                + " where financial_year = ?1").setParameter(1, f.financialYear()).getSingleResult();
        if (existing.longValue() > 0) {
            throw Problems.conflict("The " + f.financialYear() + " formula is already set; formulas are not rewritten.");
        }
        f.shares().forEach((c, share) -> em.createNativeQuery("insert into contribution_share (financial_year,"
                + " contributor, share_percent, endorsed_by) values (?1, ?2, ?3, ?4)").setParameter(1, f.financialYear())
                .setParameter(2, c.name()).setParameter(3, share).setParameter(4, f.endorsedBy().strip())
                .executeUpdate());
        return formulaFor(f.financialYear());
    }

    /** The formula in force for a year: its own, else the latest earlier year's. */
    public Formula formulaFor(String financialYear) {
        FinancialQuarter.parseYear(financialYear);
        List<ShareRow> rows = rows(ShareRow.class, "select financial_year, contributor, share_percent, endorsed_by"
                + " from contribution_share where financial_year = (select max(financial_year) from contribution_share"
                + " where financial_year <= ?1)", financialYear);
        if (rows.isEmpty()) {
            throw Problems.notFound("No funding formula is in force for " + financialYear + ".");
        }
        Map<Contributor, BigDecimal> shares = new EnumMap<>(Contributor.class);
        rows.forEach(r -> shares.put(Contributor.valueOf(r.contributor()), plain(r.sharePercent())));
        return new Formula(rows.get(0).financialYear(), shares, rows.get(0).endorsedBy());
    }

    @Transactional
    public void setStaffing(FinancialQuarter quarter, Force force, Staffing s) {
        em.createNativeQuery("insert into staffing (force, quarter, staff_fte, staff_cost) values (?1, ?2, ?3, ?4)"
                + " on conflict (force, quarter) do update set staff_fte = excluded.staff_fte,"
                + " staff_cost = excluded.staff_cost").setParameter(1, force.name()).setParameter(2, quarter.toString())
                .setParameter(3, s.staffFte()).setParameter(4, s.staffCost()).executeUpdate();
    }

    /** What each contributor's staff cost in the quarter, as set with {@link #setStaffing}. */
    Map<Contributor, BigDecimal> staffCosts(FinancialQuarter quarter) {
        Map<Contributor, BigDecimal> borne = new EnumMap<>(Contributor.class);
        rows(StaffCostRow.class, "select force, staff_cost from staffing where quarter = ?1", quarter.toString())
                .forEach(r -> borne.merge(Contributors.of(Force.valueOf(r.force())), r.staffCost(), BigDecimal::add));
        return borne;
    }

    /** The rows of a statement with one parameter, each a {@code type} built from its columns in order. */
    @SuppressWarnings("unchecked")
    private <R> List<R> rows(Class<R> type, String sql, String parameter) {
        return em.createNativeQuery(sql, type).setParameter(1, parameter).getResultList();
    }

    private record SourceRow(String id, String financialYear, String kind, String name, BigDecimal amount) {
    }

    private record ShareRow(String financialYear, String contributor, BigDecimal sharePercent, String endorsedBy) {
    }

    private record StaffCostRow(String force, BigDecimal staffCost) {
    }

    /** 57.0000 as 57, 56.5000 as 56.5, never 1E+2. */
    private static BigDecimal plain(BigDecimal share) {
        BigDecimal stripped = share.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
