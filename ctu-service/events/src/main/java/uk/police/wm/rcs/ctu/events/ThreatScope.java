package uk.police.wm.rcs.ctu.events;

/**
 * What a threat level applies to. In July 2019 the separate international and Northern Ireland-related
 * levels for Great Britain were replaced by one UK national level (ctu-service's {@code ThreatScopes} says when
 * each scope has a level).
 */
public enum ThreatScope {
    INTERNATIONAL_TERRORISM, NI_RELATED_IN_GREAT_BRITAIN, UK_NATIONAL, NI_RELATED_IN_NORTHERN_IRELAND
}
