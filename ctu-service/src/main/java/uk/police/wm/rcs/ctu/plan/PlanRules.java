package uk.police.wm.rcs.ctu.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.police.wm.rcs.ctu.events.PlanEnums.PriorityKind;
import uk.police.wm.rcs.ctu.plan.PlanRequests.Priority;
import uk.police.wm.rcs.platform.problem.Problems;

/** The shape of a year's plan (report para 26): regional 1-3 and national 1-12, each exactly once. */
public final class PlanRules {
    private PlanRules() {
    }

    public static void requireThreeRegionalAndTwelveNational(List<Priority> priorities) {
        for (PriorityKind kind : PriorityKind.values()) {
            List<Integer> numbers = priorities.stream().filter(p -> p.kind() == kind).map(Priority::number).toList();
            Set<Integer> expected = IntStream.rangeClosed(1, perYear(kind)).boxed().collect(Collectors.toSet());
            if (numbers.size() != perYear(kind) || !Set.copyOf(numbers).equals(expected)) {
                throw Problems.unprocessable("A business plan has " + Arrays.toString(PriorityKind.values())
                        + " priorities numbered 1-3 (regional) and 1-12 (national), each exactly once; "
                        + kind + " had " + numbers + ".");
            }
        }
    }

    /** How many priorities of a kind a year's plan has: 3 regional, 12 national. */
    static int perYear(PriorityKind kind) {
        return switch (kind) {
            case REGIONAL -> 3;
            case NATIONAL -> 12;
        };
    }
}
