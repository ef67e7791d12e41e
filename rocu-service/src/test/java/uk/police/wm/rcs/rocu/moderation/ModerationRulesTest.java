package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/** The moderation state machine without HTTP: every legal decision and the refused ones. */
class ModerationRulesTest {

    @Test
    void approvalKeepsTheClaimedImpact() {
        assertThat(ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MAJOR, Decision.APPROVE, null,
                null)).isEqualTo(Impact.MAJOR);
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MAJOR,
                Decision.APPROVE, Impact.MINOR, null))).isEqualTo(422);
    }

    @Test
    void aDowngradeMustBeStrictlyLowerAndGiveAReason() {
        assertThat(ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MAJOR, Decision.DOWNGRADE,
                Impact.MINOR, "Only part of the supply line was affected.")).isEqualTo(Impact.MINOR);
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MINOR,
                Decision.DOWNGRADE, Impact.MINOR, "same"))).isEqualTo(422);
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MINOR,
                Decision.DOWNGRADE, Impact.MAJOR, "higher"))).isEqualTo(422);
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MAJOR,
                Decision.DOWNGRADE, Impact.MINOR, " "))).isEqualTo(422);
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MAJOR,
                Decision.DOWNGRADE, null, "no impact"))).isEqualTo(422);
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"REJECT", "RETURN_FOR_INFORMATION"})
    void rejectionAndReturnNeedAReasonAndLeaveNoModeratedImpact(Decision decision) {
        assertThat(ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MODERATE, decision, null,
                "Not attributable to the OCG.")).isNull();
        assertThat(status(() -> ModerationRules.moderatedImpact(DisruptionStatus.CLAIMED, Impact.MODERATE, decision,
                null, null))).isEqualTo(422);
    }

    @ParameterizedTest
    @EnumSource(value = DisruptionStatus.class, names = "CLAIMED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAClaimedDisruptionCanBeDecided(DisruptionStatus status) {
        for (Decision decision : Decision.values()) {
            assertThat(status(() -> ModerationRules.moderatedImpact(status, Impact.MAJOR, decision, Impact.MINOR,
                    "reason"))).isEqualTo(409);
        }
    }

    @Test
    void impactsAreOrderedFromMajorToNegative() {
        assertThat(ModerationRules.isLowerThan(Impact.NEGATIVE, Impact.NONE)).isTrue();
        assertThat(ModerationRules.isLowerThan(Impact.MAJOR, Impact.MODERATE)).isFalse();
    }

    @Test
    void eachDecisionLeadsToItsStatus() {
        assertThat(ModerationRules.statusAfter(Decision.APPROVE)).isEqualTo(DisruptionStatus.APPROVED);
        assertThat(ModerationRules.statusAfter(Decision.DOWNGRADE)).isEqualTo(DisruptionStatus.DOWNGRADED);
        assertThat(ModerationRules.statusAfter(Decision.REJECT)).isEqualTo(DisruptionStatus.REJECTED);
        assertThat(ModerationRules.statusAfter(Decision.RETURN_FOR_INFORMATION))
                .isEqualTo(DisruptionStatus.RETURNED_FOR_INFORMATION);
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.status();
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void statusHelperFailsWhenNothingIsRaised() {
        assertThatThrownBy(() -> status(() -> { })).isInstanceOf(AssertionError.class);
    }
}
