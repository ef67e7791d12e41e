package uk.police.wm.rcs.ctu.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.events.PlanEnums.PriorityKind;
import uk.police.wm.rcs.ctu.plan.PlanRequests.Priority;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** The shape of a year's business plan, without a database. */
class PlanRulesTest {

    static List<Priority> priorities(int regional, int national) {
        List<Priority> list = new ArrayList<>();
        for (int i = 1; i <= regional; i++) {
            list.add(new Priority(PriorityKind.REGIONAL, i, "R" + i));
        }
        for (int i = 1; i <= national; i++) {
            list.add(new Priority(PriorityKind.NATIONAL, i, "N" + i));
        }
        return list;
    }

    @Test
    void threeRegionalAndTwelveNationalEachOnce() {
        assertThatCode(() -> PlanRules.requireThreeRegionalAndTwelveNational(priorities(3, 12)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanRules.requireThreeRegionalAndTwelveNational(priorities(4, 11)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PlanRules.requireThreeRegionalAndTwelveNational(priorities(3, 11)))
                .isInstanceOf(ProblemException.class);
        List<Priority> duplicated = priorities(3, 12);
        duplicated.set(14, new Priority(PriorityKind.NATIONAL, 1, "again"));
        assertThatThrownBy(() -> PlanRules.requireThreeRegionalAndTwelveNational(duplicated))
                .isInstanceOf(ProblemException.class);
    }
}
