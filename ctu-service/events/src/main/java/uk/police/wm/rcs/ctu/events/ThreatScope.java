package uk.police.wm.rcs.ctu.events;

import java.time.LocalDate;

/**
 * What a threat level applies to. In July 2019 the separate international and Northern Ireland-related
 * levels for Great Britain were replaced by one UK national level; each scope knows the dates it is valid for.
 */
public enum ThreatScope {
    INTERNATIONAL_TERRORISM(null, "2019-07-23"),
    NI_RELATED_IN_GREAT_BRITAIN(null, "2019-07-23"),
    UK_NATIONAL("2019-07-23", null),
    NI_RELATED_IN_NORTHERN_IRELAND(null, null);

    /** The day the single UK national threat level replaced the separate Great Britain levels. */
    public static final LocalDate NATIONAL_LEVEL_INTRODUCED = LocalDate.of(2019, 7, 23);

    private final LocalDate validFrom;
    private final LocalDate validUntilExclusive;

    ThreatScope(String validFrom, String validUntilExclusive) {
        this.validFrom = validFrom == null ? null : LocalDate.parse(validFrom);
        this.validUntilExclusive = validUntilExclusive == null ? null : LocalDate.parse(validUntilExclusive);
    }

    /** Whether a level for this scope can take effect on the given date. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom))
                && (validUntilExclusive == null || date.isBefore(validUntilExclusive));
    }
}
