package uk.police.wm.rcs.ctu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import java.time.LocalDate;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ActivityKind;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ExpectedDemand;
import uk.police.wm.rcs.ctu.events.ProtectEnums.SiteType;
import uk.police.wm.rcs.platform.security.Force;

/**
 * The Protect events: activity as counts and categories (no reference, no site), marked as the activity; planned
 * events in full (public, OFFICIAL). The outbox puts each event's marking into its data and headers.
 */
public final class ProtectEvents {
    private ProtectEvents() {
    }

    /** Event {@value #TYPE}: a Protect activity was recorded. */
    @OutboxEvent.Type(value = ActivityRecorded.TYPE, aggregate = ActivityRecorded.AGGREGATE)
    public record ActivityRecorded(@OutboxEvent.Key String id, Force force, String quarter, ActivityKind kind,
            SiteType siteType, Integer attendees, Classification classification, Set<String> caveats)
            implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.ctu.protect-activity.recorded.v1";
        public static final String AGGREGATE = "protect-activity";
    }

    /** Event {@value #TYPE}: a planned event was added to the demand register. */
    @OutboxEvent.Type(value = PlannedEventRegistered.TYPE, aggregate = PlannedEventRegistered.AGGREGATE)
    public record PlannedEventRegistered(@OutboxEvent.Key String id, String name, LocalDate startsOn, LocalDate endsOn,
            ExpectedDemand expectedDemand) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.ctu.planned-event.registered.v1";
        public static final String AGGREGATE = "planned-event";
    }
}
