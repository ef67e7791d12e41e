package uk.police.wm.rcs.ctu.prevent;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.events.PreventEnums.MacPartner;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.SafeguardingBoard;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;
import uk.police.wm.rcs.ctu.prevent.PreventRequests.Progress;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** The Prevent progress rules, without a database. */
class PreventRulesTest {

    static final LocalDate REFERRED = LocalDate.of(2018, 5, 1);
    static final LocalDate PILOT_ENDS = LocalDate.of(2020, 3, 31);

    static Progress outcome(Outcome outcome, LocalDate on, MacPartner partner) {
        return new Progress(Stage.OUTCOME, outcome, on, false, false, null, partner, null);
    }

    @Test
    void aCaseOnlyMovesForward() {
        Progress screening = new Progress(Stage.SCREENING, null, null, false, false, null, null, null);
        assertThatCode(() -> PreventRules.check(screening, Stage.REFERRAL, REFERRED, PILOT_ENDS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PreventRules.check(screening, Stage.OUTCOME, REFERRED, PILOT_ENDS))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anOutcomeComesWithTheOutcomeStageAndADateNotBeforeTheReferral() {
        assertThatThrownBy(() -> PreventRules.check(
                new Progress(Stage.SCREENING, Outcome.CHANNEL, REFERRED, false, false, null, null, null),
                null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(outcome(Outcome.CHANNEL, null, null), null, REFERRED, PILOT_ENDS))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(outcome(Outcome.SIGNPOSTED, REFERRED.minusDays(1), null), null,
                REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> PreventRules.check(outcome(Outcome.SIGNPOSTED, REFERRED, null), null, REFERRED,
                PILOT_ENDS)).doesNotThrowAnyException();
    }

    @Test
    void childProtectionNamesItsBoardAndIsSafeguarding() {
        assertThatThrownBy(() -> PreventRules.check(new Progress(Stage.REFERRAL, null, null, true, true, null, null,
                null), null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(new Progress(Stage.REFERRAL, null, null, false, true,
                SafeguardingBoard.DUDLEY, null, null), null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(new Progress(Stage.REFERRAL, null, null, true, false,
                SafeguardingBoard.DUDLEY, null, null), null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> PreventRules.check(new Progress(Stage.REFERRAL, null, null, true, true,
                SafeguardingBoard.DUDLEY, null, null), null, REFERRED, PILOT_ENDS)).doesNotThrowAnyException();
    }

    @Test
    void macSupportNamesAPartnerAndEndsWithThePilot() {
        assertThatThrownBy(() -> PreventRules.check(outcome(Outcome.MAC_SUPPORT, PILOT_ENDS, null), null, REFERRED,
                PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(outcome(Outcome.CHANNEL, PILOT_ENDS,
                MacPartner.BIRMINGHAM_CITY_COUNCIL), null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PreventRules.check(outcome(Outcome.MAC_SUPPORT, PILOT_ENDS.plusDays(1),
                MacPartner.BIRMINGHAM_CITY_COUNCIL), null, REFERRED, PILOT_ENDS)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> PreventRules.check(outcome(Outcome.MAC_SUPPORT, PILOT_ENDS,
                MacPartner.BIRMINGHAM_CITY_COUNCIL), null, REFERRED, PILOT_ENDS)).doesNotThrowAnyException();
    }
}
