package uk.police.wm.rcs.ctu.events;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import java.time.LocalDate;

/**
 * Event {@value #TYPE}: a scope's threat level changed. Threat levels are public: appended as OFFICIAL (the outbox
 * puts the marking into the data and the headers), so the rationale travels with it.
 */
@OutboxEvent.Type(value = ThreatLevelChangedEvent.TYPE, aggregate = ThreatLevelChangedEvent.AGGREGATE)
public record ThreatLevelChangedEvent(String id, @OutboxEvent.Key ThreatScope scope, ThreatLevel level,
        ThreatLevel previousLevel, LocalDate effectiveFrom, String setBy, String rationale)
        implements OutboxEvent.Official {

    public static final String TYPE = "uk.police.wm.ctu.threat-level.changed.v1";
    public static final String AGGREGATE = "threat-level";
}
