package uk.police.wm.rcs.ctu.threatlevel;

import java.time.LocalDate;
import uk.police.wm.rcs.ctu.events.ThreatScope;

/** When each threat level scope has a level: the UK national level replaced the separate Great Britain levels. */
public final class ThreatScopes {

    /** The day the single UK national threat level replaced the separate Great Britain levels. */
    public static final LocalDate NATIONAL_LEVEL_INTRODUCED = LocalDate.of(2019, 7, 23);

    private ThreatScopes() {
    }

    /** Whether a level for this scope can take effect on the given date. */
    public static boolean isValidOn(ThreatScope scope, LocalDate date) {
        return switch (scope) {
            case INTERNATIONAL_TERRORISM, NI_RELATED_IN_GREAT_BRITAIN -> date.isBefore(NATIONAL_LEVEL_INTRODUCED);
            case UK_NATIONAL -> !date.isBefore(NATIONAL_LEVEL_INTRODUCED);
            case NI_RELATED_IN_NORTHERN_IRELAND -> true;
        };
    }
}
