package uk.police.wm.rcs.ctu.threatlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.events.ThreatScope;

/** Which scopes have a level on a date, on either side of the day the UK national level began. */
class ThreatScopesTest {

    private static final LocalDate DAY_BEFORE = LocalDate.of(2019, 7, 22);
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 7, 23);

    @Test
    void theGreatBritainLevelsEndWhenTheNationalLevelBegins() {
        for (ThreatScope gb : List.of(ThreatScope.INTERNATIONAL_TERRORISM, ThreatScope.NI_RELATED_IN_GREAT_BRITAIN)) {
            assertThat(ThreatScopes.isValidOn(gb, DAY_BEFORE)).isTrue();
            assertThat(ThreatScopes.isValidOn(gb, FIRST_DAY)).isFalse();
        }
        assertThat(ThreatScopes.isValidOn(ThreatScope.UK_NATIONAL, DAY_BEFORE)).isFalse();
        assertThat(ThreatScopes.isValidOn(ThreatScope.UK_NATIONAL, FIRST_DAY)).isTrue();
    }

    @Test
    void northernIrelandHasItsLevelThroughout() {
        assertThat(ThreatScopes.isValidOn(ThreatScope.NI_RELATED_IN_NORTHERN_IRELAND, DAY_BEFORE)).isTrue();
        assertThat(ThreatScopes.isValidOn(ThreatScope.NI_RELATED_IN_NORTHERN_IRELAND, FIRST_DAY)).isTrue();
    }
}
