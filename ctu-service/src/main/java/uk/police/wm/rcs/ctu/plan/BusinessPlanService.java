package uk.police.wm.rcs.ctu.plan;

import uk.police.wm.rcs.ctu.events.RagCountedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.police.wm.rcs.ctu.events.PlanEnums.Rag;
import uk.police.wm.rcs.ctu.events.PlanEnums.ReviewingBody;
import uk.police.wm.rcs.ctu.plan.PlanRequests.CreatePlan;
import uk.police.wm.rcs.ctu.plan.PlanRequests.PlanView;
import uk.police.wm.rcs.ctu.plan.PlanRequests.Priority;
import uk.police.wm.rcs.ctu.plan.PlanRequests.QuarterReviews;
import uk.police.wm.rcs.ctu.plan.PlanRequests.RecordReview;
import uk.police.wm.rcs.ctu.plan.PlanRequests.ReviewView;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** The year's business plan and its quarterly reviews: detail for cleared callers, RAG counts for the gateway. */
@ApplicationScoped
public class BusinessPlanService {

    static final String NOT_FOUND = "No business plan for that year.";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public PlanView create(CreatePlan request, Caller caller) {
        int year = FinancialQuarter.parseYear(request.financialYear());
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(
                request.classification() == null ? Classification.SECRET : request.classification(),
                request.caveats()));
        PlanRules.requireThreeRegionalAndTwelveNational(request.priorities());
        if (BusinessPlan.count("financialYear", request.financialYear()) > 0) {
            throw Problems.conflict("The " + request.financialYear() + " business plan already exists.");
        }
        BusinessPlan plan = new BusinessPlan();
        plan.id = UUID.randomUUID();
        plan.financialYear = String.format("%d-%02d", year, (year + 1) % 100);
        plan.mark(marking);
        plan.createdAt = Instant.now(clock);
        plan.createdBy = caller.subject();
        for (Priority p : request.priorities()) {
            PlanPriority priority = new PlanPriority();
            priority.id = UUID.randomUUID();
            priority.plan = plan;
            priority.kind = p.kind();
            priority.number = p.number();
            priority.title = p.title().strip();
            plan.priorities.add(priority);
        }
        plan.persistAndFlush();
        return toView(plan);
    }

    @Transactional
    public PlanView get(String financialYear, Caller caller) {
        return toView(visible(financialYear, caller));
    }

    /** Records one review and publishes the quarter's RAG counts for that body. */
    @Transactional
    public ReviewView review(String financialYear, RecordReview request, Caller caller) {
        BusinessPlan plan = visible(financialYear, caller);
        int quarter = Integer.parseInt(request.quarter().substring(1));
        PlanPriority priority = plan.priorities.stream()
                .filter(p -> p.kind == request.kind() && p.number == request.number()).findFirst()
                .orElseThrow(() -> Problems.unprocessable("The plan has no " + request.kind() + " priority "
                        + request.number() + "."));
        if (PriorityReview.count("priority = ?1 and quarter = ?2 and reviewingBody = ?3", priority, quarter,
                request.reviewingBody()) > 0) {
            throw Problems.conflict(request.reviewingBody() + " has already reviewed that priority for "
                    + request.quarter() + ".");
        }
        PriorityReview review = new PriorityReview();
        review.id = UUID.randomUUID();
        review.priority = priority;
        review.quarter = quarter;
        review.reviewingBody = request.reviewingBody();
        review.rag = request.rag();
        review.commentary = request.commentary().strip();
        review.recordedAt = Instant.now(clock);
        review.recordedBy = caller.subject();
        review.persistAndFlush();
        publishRagCounts(plan, quarter, request.reviewingBody());
        return toView(review);
    }

    @Transactional
    public QuarterReviews reviews(String financialYear, String quarter, Caller caller) {
        BusinessPlan plan = visible(financialYear, caller);
        int q = FinancialQuarter.parse(plan.financialYear, quarter).quarter();
        List<ReviewView> reviews = PriorityReview.<PriorityReview>list("priority.plan = ?1 and quarter = ?2", plan, q)
                .stream().sorted(Comparator.comparing((PriorityReview r) -> r.reviewingBody)
                        .thenComparing(r -> r.priority.kind).thenComparing(r -> r.priority.number))
                .map(BusinessPlanService::toView).toList();
        return new QuarterReviews(plan.financialYear, "Q" + q, reviews);
    }

    private void publishRagCounts(BusinessPlan plan, int quarter, ReviewingBody body) {
        Map<Rag, Long> counts = PriorityReview.<PriorityReview>list(
                "priority.plan = ?1 and quarter = ?2 and reviewingBody = ?3", plan, quarter, body)
                .stream().collect(Collectors.groupingBy(r -> r.rag, Collectors.counting()));
        int red = counts.getOrDefault(Rag.RED, 0L).intValue();
        int amber = counts.getOrDefault(Rag.AMBER, 0L).intValue();
        int green = counts.getOrDefault(Rag.GREEN, 0L).intValue();
        // the counts are derived from the plan's reviews, so they carry the plan's marking
        outbox.append(new RagCountedEvent(plan.financialYear, "Q" + quarter, body, red, amber, green,
                plan.priorities.size() - red - amber - green, plan.classification, plan.marking().caveats()));
    }

    private BusinessPlan visible(String financialYear, Caller caller) {
        FinancialQuarter.parseYear(financialYear);
        BusinessPlan plan = BusinessPlan.<BusinessPlan>find("financialYear", financialYear).firstResultOptional()
                .orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, plan.marking(), NOT_FOUND);
        return plan;
    }

    private static PlanView toView(BusinessPlan plan) {
        return new PlanView(plan.id.toString(), plan.financialYear, plan.priorities.stream()
                .sorted(Comparator.comparing((PlanPriority p) -> p.kind).thenComparing(p -> p.number))
                .map(p -> new Priority(p.kind, p.number, p.title)).toList(), plan.classification,
                plan.marking().caveats());
    }

    private static ReviewView toView(PriorityReview r) {
        return new ReviewView(r.id.toString(), "Q" + r.quarter, r.reviewingBody, r.priority.kind, r.priority.number,
                r.priority.title, r.rag, r.commentary);
    }
}
