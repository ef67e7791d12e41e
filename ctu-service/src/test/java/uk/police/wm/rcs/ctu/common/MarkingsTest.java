package uk.police.wm.rcs.ctu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/** How markings are stored and turned into the SQL need-to-know parameters, and force scoping. */
class MarkingsTest {

    static Caller caller(Classification clearance, Set<String> caveats, Set<String> roles, Force force) {
        return new Caller("someone", "client", roles, Optional.ofNullable(force), clearance, caveats);
    }

    @Test
    void caveatsAreStoredSortedAndReadBack() {
        assertThat(Markings.store(Set.of("UK_EYES_ONLY", "A_CAVEAT"))).isEqualTo("A_CAVEAT,UK_EYES_ONLY");
        assertThat(Markings.store(null)).isEmpty();
        assertThat(Markings.caveats("A_CAVEAT,UK_EYES_ONLY")).containsExactly("A_CAVEAT", "UK_EYES_ONLY");
        assertThat(Markings.caveats("")).isEmpty();
    }

    @Test
    void levelsAndHeldCaveatsFollowTheCallersClearance() {
        Caller os = caller(Classification.OFFICIAL_SENSITIVE, Set.of(), Set.of("admin"), null);
        assertThat(Markings.levelsVisibleTo(os)).containsExactly("OFFICIAL", "OFFICIAL_SENSITIVE");
        assertThat(Markings.heldBy(os)).isEqualTo("{}");
        Caller secret = caller(Classification.SECRET, Set.of("UK_EYES_ONLY", "X\"Y"), Set.of(), null);
        assertThat(Markings.levelsVisibleTo(secret)).containsExactly("OFFICIAL", "OFFICIAL_SENSITIVE", "SECRET");
        assertThat(Markings.heldBy(secret)).isEqualTo("{\"UK_EYES_ONLY\",\"X\\\"Y\"}");
    }

    @Test
    void nobodyMarksARecordAboveTheirOwnClearanceOrCaveats() {
        Caller os = caller(Classification.OFFICIAL_SENSITIVE, Set.of(), Set.of(), null);
        assertThatThrownBy(() -> Markings.requireWithinCaller(os, Classification.SECRET, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Markings.requireWithinCaller(os, Classification.OFFICIAL, List.of("UK_EYES_ONLY")))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> Markings.requireWithinCaller(os, Classification.OFFICIAL_SENSITIVE, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aForceSystemIsScopedToItsOwnForce() {
        Caller wmp = caller(Classification.OFFICIAL_SENSITIVE, Set.of(), Set.of("force-recorder", "machine"),
                Force.WMP);
        assertThat(ForceScope.of(wmp, null)).isEqualTo(Force.WMP);
        assertThat(ForceScope.of(wmp, Force.WMP)).isEqualTo(Force.WMP);
        assertThatThrownBy(() -> ForceScope.of(wmp, Force.STA)).isInstanceOf(ProblemException.class);
        assertThat(ForceScope.listedFor(wmp)).contains(Force.WMP);
        Caller officer = caller(Classification.SECRET, Set.of(), Set.of("ctu-officer"), Force.WMP);
        assertThat(ForceScope.of(officer, Force.STA)).isEqualTo(Force.STA);
        assertThatThrownBy(() -> ForceScope.of(officer, null)).isInstanceOf(ProblemException.class);
        assertThat(ForceScope.listedFor(officer)).isEmpty();
    }
}
