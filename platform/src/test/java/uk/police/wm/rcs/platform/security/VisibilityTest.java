package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.police.wm.rcs.platform.problem.ProblemException;

class VisibilityTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "OFFICIAL, OFFICIAL, true",
            "OFFICIAL, OFFICIAL_SENSITIVE, false",
            "OFFICIAL, SECRET, false",
            "OFFICIAL_SENSITIVE, OFFICIAL, true",
            "OFFICIAL_SENSITIVE, OFFICIAL_SENSITIVE, true",
            "OFFICIAL_SENSITIVE, SECRET, false",
            "SECRET, OFFICIAL, true",
            "SECRET, OFFICIAL_SENSITIVE, true",
            "SECRET, SECRET, true" })
    void clearanceCoversLevelsAtOrBelowIt(Classification clearance, Classification level, boolean expected) {
        assertThat(clearance.covers(level)).isEqualTo(expected);
        assertThat(Visibility.canSee(caller(clearance, Set.of()), new SecurityMarking(level, Set.of())))
                .isEqualTo(expected);
    }

    @Test
    void classificationsAreOrderedOfficialThenSensitiveThenSecret() {
        assertThat(Classification.values()).containsExactly(Classification.OFFICIAL,
                Classification.OFFICIAL_SENSITIVE, Classification.SECRET);
    }

    @Test
    void callerMustHoldEveryCaveat() {
        SecurityMarking eyesOnly = SecurityMarking.of(Classification.OFFICIAL, "UK_EYES_ONLY");
        SecurityMarking two = SecurityMarking.of(Classification.OFFICIAL, "UK_EYES_ONLY", "CTU_ONLY");

        assertThat(Visibility.canSee(caller(Classification.SECRET, Set.of()), eyesOnly)).isFalse();
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL, Set.of("UK_EYES_ONLY")), eyesOnly)).isTrue();
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL, Set.of("UK_EYES_ONLY")), two)).isFalse();
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL, Set.of("CTU_ONLY")), two)).isFalse();
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL, Set.of("UK_EYES_ONLY", "CTU_ONLY")), two))
                .isTrue();
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL, Set.of("UK_EYES_ONLY", "CTU_ONLY", "X")), two))
                .isTrue();
    }

    @Test
    void caveatsDoNotMakeUpForClearance() {
        SecurityMarking secretEyesOnly = SecurityMarking.of(Classification.SECRET, "UK_EYES_ONLY");
        assertThat(Visibility.canSee(caller(Classification.OFFICIAL_SENSITIVE, Set.of("UK_EYES_ONLY")),
                secretEyesOnly)).isFalse();
        assertThat(Visibility.canSee(caller(Classification.SECRET, Set.of("UK_EYES_ONLY")), secretEyesOnly)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Classification.class)
    void noRoleBypassesTheRuleNotEvenAdmin(Classification level) {
        Caller admin = new Caller("admin-1", "console", Set.of("admin", "auditor", "machine"), Optional.empty(),
                Classification.OFFICIAL, Set.of());
        SecurityMarking withCaveat = SecurityMarking.of(level, "UK_EYES_ONLY");
        assertThat(Visibility.canSee(admin, withCaveat)).isFalse();
        assertThat(Visibility.canSee(admin, new SecurityMarking(level, Set.of())))
                .isEqualTo(level == Classification.OFFICIAL);
    }

    @Test
    void requireVisibleAnswers404NotForbidden() {
        Caller official = caller(Classification.OFFICIAL, Set.of());
        assertThatThrownBy(() -> Visibility.requireVisible(official, SecurityMarking.of(Classification.SECRET)))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(404);
                    assertThat(p.slug()).isEqualTo("not-found");
                    assertThat(p.detail()).isEqualTo(Visibility.NOT_FOUND_DETAIL);
                });
        assertThatThrownBy(() -> Visibility.requireVisible(official, SecurityMarking.of(Classification.SECRET),
                "No disruption d-1.")).isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.detail()).isEqualTo("No disruption d-1."));
        assertThatCode(() -> Visibility.requireVisible(official, SecurityMarking.OFFICIAL)).doesNotThrowAnyException();
    }

    @Test
    void parsesClaimsLeniently() {
        assertThat(Classification.parse("official-sensitive")).contains(Classification.OFFICIAL_SENSITIVE);
        assertThat(Classification.parse(" SECRET ")).contains(Classification.SECRET);
        assertThat(Classification.parse("TOP_SECRET")).isEmpty();
        assertThat(Classification.parse(null)).isEmpty();
        // a stored or received level that cannot be read is never read as a lower one
        assertThat(Classification.parseOrHighest("official")).isEqualTo(Classification.OFFICIAL);
        assertThat(Classification.parseOrHighest("TOP_SECRET")).isEqualTo(Classification.SECRET);
        assertThat(Classification.parseOrHighest(null)).isEqualTo(Classification.SECRET);
        assertThat(Force.parse("wmp")).contains(Force.WMP);
        assertThat(Force.parse("XYZ")).isEmpty();
    }

    @Test
    void callerHelpers() {
        Caller machine = new Caller("svc-1", "wmp-records", Set.of("machine", "force-system"), Optional.of(Force.WMP),
                null, null);
        assertThat(machine.isMachine()).isTrue();
        assertThat(machine.hasRole("force-system")).isTrue();
        assertThat(machine.hasRole("admin")).isFalse();
        assertThat(machine.clearance()).isEqualTo(Classification.OFFICIAL);
        assertThat(machine.caveats()).isEmpty();
        assertThat(machine.belongsTo(Force.WMP)).isTrue();
        assertThat(machine.belongsTo(Force.STA)).isFalse();

        Caller person = caller(Classification.SECRET, Set.of());
        assertThat(person.isMachine()).isFalse();
        assertThat(person.belongsTo(Force.WMP)).isFalse();
        assertThat(Caller.anonymous().isAnonymous()).isTrue();
        assertThat(person.isAnonymous()).isFalse();
    }

    @Test
    void anArrayLiteralIsSortedQuotedAndEscapedAndEmptyForNoCaveats() {
        // what a set-based write passes per row for a caveats text[] column, and what the condition binds
        assertThat(VisibleRows.arrayLiteral(Set.of())).isEqualTo("{}");
        assertThat(VisibleRows.arrayLiteral(Set.of("UK_EYES_ONLY", "O\"DD,CAVEAT", "A\\B")))
                .isEqualTo("{\"A\\\\B\",\"O\\\"DD,CAVEAT\",\"UK_EYES_ONLY\"}");
    }

    private static Caller caller(Classification clearance, Set<String> caveats) {
        return new Caller("user-1", "web", Set.of("analyst"), Optional.empty(), clearance, caveats);
    }
}
