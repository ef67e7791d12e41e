package uk.police.wm.rcs.gateway.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Freshness;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Part;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus;
import uk.police.wm.rcs.gateway.readmodel.ReadModelStatus.SectionFreshness;
import uk.police.wm.rcs.gateway.readmodel.Section;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/** Builds the governance view of a quarter from the read model alone, so it answers when a service is down. */
@ApplicationScoped
public class GovernanceService {

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernanceView view(FinancialQuarter quarter, Caller caller) {
        Disclosure disclosure = new Disclosure(caller);
        var freshness = status.freshness();
        CtuGovernance.CtuFigures ctuFigures = ctu.figures(quarter, caller, disclosure);
        RocuGovernance.RocuFigures rocuFigures = rocu.figures(quarter, disclosure);
        CyberGovernance.CyberFigures cyberFigures = cyber.figures(quarter, disclosure);
        return new GovernanceView(quarter.toString(), quarter.previous().toString(),
                quarter.sameQuarterYearBefore().toString(), caller.clearance().name(),
                new Part<>(freshness(freshness, Section.CTU), ctuFigures),
                new Part<>(freshness(freshness, Section.ROCU), rocuFigures),
                new Part<>(freshness(freshness, Section.CYBER), cyberFigures),
                FourPMatrix.of(ctuFigures, rocuFigures, cyberFigures),
                disclosure.withheld());
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
