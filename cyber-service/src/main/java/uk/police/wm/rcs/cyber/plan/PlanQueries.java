package uk.police.wm.rcs.cyber.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ActionView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.CommitmentView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceStrand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ProgressNoteView;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Reads of the plans: a year's five points, overdue actions, and the governance group's quarterly view. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A year's commitments in the plan's order. */
    public List<CommitmentView> fivePointPlan(int year) {
        return FivePointCommitment.<FivePointCommitment>list("key.financialYear", year).stream()
                .sorted((a, b) -> a.key.area().compareTo(b.key.area())).map(CommitmentView::of).toList();
    }

    /** Open actions past their due date, most overdue first. */
    public Page<PlanAction> overdue(PageRequest page) {
        return Keyset.page(em, PlanAction.class, "plan_action",
                SqlFilter.all().and("completed_on is null and due_on < :today", "today", LocalDate.now(clock)),
                Keyset.Order.byDateThenId("due_on", a -> a.dueOn, a -> a.id, Direction.ASCENDING), page);
    }

    /** The quarter's view for the strategic governance group: the year's five points and each strand's actions. */
    public GovernanceView governance(FinancialQuarter quarter) {
        int year = quarter.startYear();
        LocalDate today = LocalDate.now(clock);
        List<GovernanceStrand> strands = new ArrayList<>();
        long overdue = 0;
        List<PlanAction> all = PlanAction.list("financialYear = ?1 order by dueOn, id", year);
        Map<UUID, List<PlanProgressNote>> notes = PlanProgressNote.<PlanProgressNote>list(
                        "notedOn >= ?1 and notedOn < ?2 order by notedOn, id", quarter.start(), quarter.endExclusive())
                .stream().collect(Collectors.groupingBy(n -> n.actionId));
        for (Strand strand : Strand.values()) {
            DeliveryPlan plan = DeliveryPlan.findById(new DeliveryPlan.Key(year, strand));
            Map<Rag, Long> counts = new EnumMap<>(Rag.class);
            for (Rag rag : Rag.values()) {
                counts.put(rag, 0L);
            }
            List<GovernanceAction> actions = new ArrayList<>();
            for (PlanAction a : all) {
                if (a.strand != strand) {
                    continue;
                }
                boolean late = a.completedOn == null && a.dueOn.isBefore(today);
                overdue += late ? 1 : 0;
                counts.merge(a.rag, 1L, Long::sum);
                actions.add(new GovernanceAction(ActionView.of(a), late,
                        notes.getOrDefault(a.id, List.of()).stream().map(ProgressNoteView::of).toList()));
            }
            strands.add(new GovernanceStrand(strand, plan == null ? null : plan.lead, counts, actions));
        }
        return new GovernanceView(quarter.toString(), fivePointPlan(year), strands, overdue);
    }
}
