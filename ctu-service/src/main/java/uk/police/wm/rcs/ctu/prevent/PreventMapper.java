package uk.police.wm.rcs.ctu.prevent;

import uk.police.wm.rcs.ctu.events.PreventCaseChangedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.police.wm.rcs.ctu.common.CtuConfig;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.CaseView;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Maps Prevent cases to their API view and to their event (categories only: nothing that identifies a person). */
@ApplicationScoped
public class PreventMapper {

    @Inject
    ThreatLevelService threatLevels;

    @Inject
    CtuConfig config;

    public CaseView toView(PreventCase c) {
        return new CaseView(c.id.toString(), c.reference, c.referralSource, c.motivation, c.referredOn, c.stage,
                c.outcome, c.outcomeOn, c.safeguarding, c.childProtection, c.safeguardingBoard, c.macPartner,
                c.outcome == Outcome.MAC_SUPPORT ? config.macPilotEnds() : null, c.notes, c.classification,
                c.marking().caveats(), c.retentionReviewOn, threatLevels.levelsOn(c.referredOn), c.version);
    }

    public static PreventCaseChangedEvent toEvent(PreventCase c) {
        return new PreventCaseChangedEvent(c.id.toString(), FinancialQuarter.of(c.referredOn).toString(),
                c.referralSource, c.motivation, c.stage, c.outcome, c.safeguarding, c.childProtection, c.version,
                c.classification, c.marking().caveats());
    }
}
