package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.gateway.compliance.ComplianceGovernance;
import uk.police.wm.rcs.gateway.ctu.CtuCoverage;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance;
import uk.police.wm.rcs.gateway.cyber.CyberCoverage;
import uk.police.wm.rcs.gateway.cyber.CyberGovernance;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Freshness;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Part;
import uk.police.wm.rcs.gateway.governance.coverage.Coverage;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus.SectionFreshness;
import uk.police.wm.rcs.gateway.readmodel.Section;
import uk.police.wm.rcs.gateway.rocu.RocuCoverage;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * Builds the governance view of a quarter from the read model alone, so it answers when a service is down. The
 * disclosed figures are kept per (quarter, clearance, caveats) until the read model changes: every applied batch
 * moves a section's freshness, which each request reads anyway, so a cached answer is never older than the view.
 */
@ApplicationScoped
public class GovernanceService {

    /** Everything in the view but the freshness, as disclosed to callers of one clearance and set of caveats. */
    record Disclosed(CtuGovernance.CtuFigures ctu, RocuGovernance.RocuFigures rocu, CyberGovernance.CyberFigures cyber,
            List<FourPMatrix.Row> fourPMatrix, List<Withheld> withheld, List<Coverage.Section> sections,
            ComplianceGovernance.ComplianceFigures compliance, ProtectiveMarking marking) {
    }

    /** What the disclosed figures depend on: the quarter, the caller's clearance and caveats. */
    record Audience(String quarter, Classification clearance, Set<String> caveats) {
    }

    @Inject
    ReadModelStatus status;

    @Inject
    ServiceHealth health;

    @Inject
    CtuGovernance ctu;

    @Inject
    RocuGovernance rocu;

    @Inject
    CyberGovernance cyber;

    @Inject
    CtuCoverage ctuCoverage;

    @Inject
    RocuCoverage rocuCoverage;

    @Inject
    CyberCoverage cyberCoverage;

    @Inject
    ComplianceGovernance compliance;

    private final VersionedCache<Audience, Disclosed> cache = new VersionedCache<>(256);

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernanceView view(FinancialQuarter quarter, Caller caller) {
        var freshness = status.freshness();
        Disclosed figures = cache.get(version(freshness),
                new Audience(quarter.toString(), caller.clearance(), caller.caveats()),
                () -> disclose(quarter, caller));
        return new GovernanceView(quarter.toString(), quarter.previous().toString(),
                quarter.sameQuarterYearBefore().toString(), caller.clearance().name(),
                new Part<>(freshness(freshness, Section.CTU), figures.ctu()),
                new Part<>(freshness(freshness, Section.ROCU), figures.rocu()),
                new Part<>(freshness(freshness, Section.CYBER), figures.cyber()),
                figures.fourPMatrix(), figures.withheld(),
                figures.sections().stream().map(s -> s.withFreshness(freshness(freshness, domain(s)))).toList(),
                figures.compliance(), figures.marking(), GovernanceView.Basis.LIVE);
    }

    private Disclosed disclose(FinancialQuarter quarter, Caller caller) {
        Disclosure disclosure = new Disclosure(caller);
        CtuGovernance.CtuFigures ctuFigures = ctu.figures(quarter, caller, disclosure);
        RocuGovernance.RocuFigures rocuFigures = rocu.figures(quarter, caller, disclosure);
        CyberGovernance.CyberFigures cyberFigures = cyber.figures(quarter, disclosure);
        List<Coverage.Section> sections = new ArrayList<>(ctuCoverage.sections(quarter, disclosure));
        sections.addAll(rocuCoverage.sections(quarter, disclosure));
        sections.addAll(cyberCoverage.sections(quarter, disclosure));
        return new Disclosed(ctuFigures, rocuFigures, cyberFigures,
                FourPMatrix.of(ctuFigures, rocuFigures, cyberFigures), disclosure.withheld(), List.copyOf(sections),
                compliance.figures(quarter, caller), ProtectiveMarking.of(disclosure, rocuFigures.highlights(), caller));
    }

    private static Section domain(Coverage.Section section) {
        return Section.valueOf(section.domain().toUpperCase(java.util.Locale.ROOT));
    }

    /** The read model's version: each section's applied count and the time of its last applied batch. */
    private static List<Object> version(ReadModelStatus.Freshness freshness) {
        return freshness.sections().stream()
                .<Object>map(s -> s.section() + "/" + s.eventsApplied() + "/" + s.lastAppliedAt()).toList();
    }

    private Freshness freshness(ReadModelStatus.Freshness all, Section section) {
        SectionFreshness f = all.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow();
        boolean up = health.isUp(section);
        String reason = !up ? section.name().toLowerCase() + "-service is not answering: figures are as of its newest"
                + " event applied"
                : all.rebuilding() ? "the read model is being rebuilt from the topics"
                : f.lag() != null && f.lag() > 0 ? f.lag() + " events not yet applied" : null;
        return new Freshness(f.newestEventTime(), f.lastAppliedAt(), f.eventsApplied(), f.lag(), up, reason != null,
                reason);
    }
}
