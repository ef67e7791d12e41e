package uk.police.wm.rcs.cyber.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.police.wm.rcs.cyber.plan.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.plan.PlanEnums.Strand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ActionView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.CommitmentView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceAction;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceStrand;
import uk.police.wm.rcs.cyber.plan.PlanRequests.GovernanceView;
import uk.police.wm.rcs.cyber.plan.PlanRequests.ProgressNoteView;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Reads of the plans: a year's five points, overdue actions, and the governance group's quarterly view. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    Clock clock;

    /** A year's commitments in the plan's order. */
    public List<CommitmentView> fivePointPlan(int year) {
        return FivePointCommitment.<FivePointCommitment>list("key.financialYear", year).stream()
                .sorted((a, b) -> a.key.area().compareTo(b.key.area())).map(CommitmentView::of).toList();
    }

    /** Open actions past their due date, most overdue first. */
    public Page<PlanAction> overdue(PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<PlanAction> rows = page.after().map(after -> PlanAction.<PlanAction>find(
                        "completedOn is null and dueOn < ?1 and (dueOn > ?2 or (dueOn = ?2 and id > ?3))"
                                + " order by dueOn, id", today, date(after), id(after)))
                .orElseGet(() -> PlanAction.find("completedOn is null and dueOn < ?1 order by dueOn, id", today))
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, a -> new Cursor(a.dueOn.toString(), a.id.toString()));
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

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.sortKey());
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    private static UUID id(Cursor cursor) {
        try {
            return UUID.fromString(cursor.id());
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
