package uk.police.wm.rcs.rocu.events;

import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/**
 * Event {@value #TYPE}: a force amended a claimed or returned disruption, which stands as CLAIMED again (re-claim).
 */
@OutboxEvent.Type(value = DisruptionAmendedEvent.TYPE, aggregate = DisruptionClaimedEvent.AGGREGATE)
public record DisruptionAmendedEvent(@OutboxEvent.Key String disruptionId, Force force, String sourceRecordId,
        TargetType targetType, String ocgReference, LeadAgency leadAgency, CrimeType crimeType, Impact claimedImpact,
        FourP category, ActivityLevel activityLevel, LocalDate disruptedOn, String quarter, boolean highlight,
        Classification classification, Set<String> caveats, DisruptionStatus previousStatus, DisruptionStatus status,
        long version) implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.rocu.disruption.amended.v1";
}
