package uk.police.wm.rcs.ctu.pursue;

import uk.police.wm.rcs.ctu.events.PursueEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.OperationView;
import uk.police.wm.rcs.ctu.pursue.PursueRequests.Outcome;
import uk.police.wm.rcs.ctu.threatlevel.ThreatLevelService;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Maps Pursue operations to their API view and to their (narrative-free) event, marked as the operation. */
@ApplicationScoped
public class PursueMapper {

    @Inject
    ThreatLevelService threatLevels;

    public OperationView toView(PursueOperation op) {
        List<Outcome> outcomes = op.outcomes.stream()
                .sorted(Comparator.comparing((PursueOutcome o) -> o.occurredOn).thenComparing(o -> o.kind))
                .map(o -> new Outcome(o.kind, o.people, o.occurredOn)).toList();
        return new OperationView(op.id.toString(), op.operationName, op.motivation, op.status, op.stage, op.openedOn,
                op.subjectsOfInterest, op.total(OutcomeKind.ARREST), op.total(OutcomeKind.CHARGE),
                op.total(OutcomeKind.CONVICTION), outcomes, op.summary, op.reportingRestricted, op.classification,
                op.marking().caveats(), threatLevels.levelsOn(op.openedOn), op.version);
    }

    public static PursueEvents.OperationChanged toEvent(PursueOperation op) {
        return new PursueEvents.OperationChanged(op.id.toString(), FinancialQuarter.of(op.openedOn).toString(),
                op.motivation, op.status, op.stage, op.subjectsOfInterest, op.total(OutcomeKind.ARREST),
                op.total(OutcomeKind.CHARGE), op.total(OutcomeKind.CONVICTION), op.version,
                op.classification, op.marking().caveats());
    }

    static List<PursueOutcome> outcomes(List<Outcome> requested) {
        return requested == null ? new ArrayList<>() : new ArrayList<>(requested.stream().map(r -> {
            PursueOutcome o = new PursueOutcome();
            o.kind = r.kind();
            o.people = r.people();
            o.occurredOn = r.occurredOn();
            return o;
        }).toList());
    }
}
