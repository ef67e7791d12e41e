package uk.police.wm.rcs.rocu.events;

import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/**
 * Event {@value #TYPE}: a force claimed a new disruption. Categories and counts only: no narrative, and a priority
 * individual is never referenced. Marked with the disruption's classification and caveats (also as CloudEvents
 * extension attributes, by the outbox).
 */
@OutboxEvent.Type(value = DisruptionClaimedEvent.TYPE, aggregate = DisruptionClaimedEvent.AGGREGATE)
public record DisruptionClaimedEvent(@OutboxEvent.Key String disruptionId, Force force, String sourceRecordId,
        TargetType targetType, String ocgReference, LeadAgency leadAgency, CrimeType crimeType, Impact claimedImpact,
        FourP category, ActivityLevel activityLevel, LocalDate disruptedOn, String quarter, boolean highlight,
        Classification classification, Set<String> caveats, DisruptionStatus status, long version)
        implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.rocu.disruption.claimed.v1";
    public static final String AGGREGATE = "disruption";
}
