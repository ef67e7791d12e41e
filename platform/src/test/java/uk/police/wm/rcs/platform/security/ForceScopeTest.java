package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.police.wm.rcs.platform.problem.ProblemException;

class ForceScopeTest {

    private static Caller caller(Set<String> roles, Force force) {
        return new Caller("c", "client", roles, Optional.ofNullable(force), Classification.OFFICIAL, Set.of());
    }

    private static final Caller WMP_SYSTEM = caller(Set.of("force-recorder", "machine"), Force.WMP);
    private static final Caller PARTNER = caller(Set.of("region-partner", "machine"), null);
    private static final Caller OFFICER = caller(Set.of("ctu-officer", "force-recorder"), Force.WAR);

    @Test
    void aForceSystemIsAMachineThatRecordsForAForce() {
        assertThat(ForceScope.isForceSystem(WMP_SYSTEM)).isTrue();
        assertThat(ForceScope.isForceSystem(PARTNER)).isFalse();
        assertThat(ForceScope.isForceSystem(OFFICER)).isFalse();
    }

    @Test
    void aForceSystemActsForItsOwnForceOnly() {
        assertThat(ForceScope.of(WMP_SYSTEM, null, "force")).isEqualTo(Force.WMP);
        assertThat(ForceScope.of(WMP_SYSTEM, Force.WMP, "force")).isEqualTo(Force.WMP);
        assertThatThrownBy(() -> ForceScope.of(WMP_SYSTEM, Force.STA, "force"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThat(ForceScope.listedFor(WMP_SYSTEM)).contains(Force.WMP);
        assertThat(ForceScope.covers(WMP_SYSTEM, Force.WMP)).isTrue();
        assertThat(ForceScope.covers(WMP_SYSTEM, Force.WAR)).isFalse();
        Caller noClaim = caller(Set.of("force-recorder", "machine"), null);
        assertThatThrownBy(() -> ForceScope.listedFor(noClaim))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));
    }

    @Test
    void peopleNameTheForce() {
        assertThat(ForceScope.of(OFFICER, Force.STA, "force")).isEqualTo(Force.STA);
        assertThatThrownBy(() -> ForceScope.of(OFFICER, null, "deliveredIn"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.extensions()).containsEntry("field", "deliveredIn");
                });
        assertThat(ForceScope.listedFor(OFFICER)).isEmpty();
        assertThat(ForceScope.covers(OFFICER, Force.WMP)).isTrue();
    }
}
