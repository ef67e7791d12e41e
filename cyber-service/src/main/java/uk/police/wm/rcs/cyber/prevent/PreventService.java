package uk.police.wm.rcs.cyber.prevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionOutcome;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionRecorded;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionType;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.NewIntervention;
import uk.police.wm.rcs.cyber.prevent.PreventRequests.PreventYear;
import uk.police.wm.rcs.cyber.events.PreventEvents.ReferralSource;
import uk.police.wm.rcs.cyber.register.Registers;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Records cyber Prevent interventions (categories only) and counts a financial year's by category. */
@ApplicationScoped
public class PreventService {

    @Inject
    Outbox outbox;

    @Inject
    Registers registers;

    /** Records an intervention made on or before today; replays are caught by the Idempotency-Key filter. */
    @Transactional
    public PreventIntervention record(NewIntervention request) {
        registers.requireNotAfterToday(request.intervenedOn(), "intervenedOn is in the future.");
        PreventIntervention i = new PreventIntervention();
        i.id = UUID.randomUUID();
        i.intervenedOn = request.intervenedOn();
        i.referralSource = request.referralSource();
        i.interventionType = request.interventionType();
        i.outcome = request.outcome();
        i.recordedAt = registers.now();
        i.persist();
        outbox.append(new InterventionRecorded(i.id.toString(), i.intervenedOn, i.referralSource, i.interventionType,
                i.outcome));
        return i;
    }

    /** A page of the financial year's interventions by date. */
    public Page<PreventIntervention> interventions(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(PreventIntervention.class, "prevent_intervention", "intervened_on", q1,
                Keyset.Order.byDateThenId("intervened_on", i -> i.intervenedOn, i -> i.id, Direction.ASCENDING), page);
    }

    /** The financial year's interventions counted by source, type and outcome. */
    public PreventYear year(FinancialQuarter q1) {
        Map<ReferralSource, Long> bySource = zeroes(ReferralSource.class);
        Map<InterventionType, Long> byType = zeroes(InterventionType.class);
        Map<InterventionOutcome, Long> byOutcome = zeroes(InterventionOutcome.class);
        List<PreventIntervention> all = PreventIntervention.list("intervenedOn >= ?1 and intervenedOn < ?2",
                q1.start(), q1.start().plusYears(1));
        for (PreventIntervention i : all) {
            bySource.merge(i.referralSource, 1L, Long::sum);
            byType.merge(i.interventionType, 1L, Long::sum);
            byOutcome.merge(i.outcome, 1L, Long::sum);
        }
        return new PreventYear(q1.financialYear(), all.size(), bySource, byType, byOutcome);
    }

    private static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
