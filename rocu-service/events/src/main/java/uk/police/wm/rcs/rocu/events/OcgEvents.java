package uk.police.wm.rcs.rocu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/**
 * The OCG register's events: categories only, never a group's name. Key and subject: the OCG id. Each carries the
 * group's marking (classification and caveats).
 */
public final class OcgEvents {
    private OcgEvents() {
    }

    public static final String AGGREGATE = "ocg";

    /** Event {@value #TYPE}: a group was mapped (added to the register). */
    @OutboxEvent.Type(value = OcgMapped.TYPE, aggregate = OcgEvents.AGGREGATE)
    public record OcgMapped(@OutboxEvent.Key String ocgId, String reference, Force owningForce,
            CrimeType predominantCrimeType, Set<CrimeType> secondaryCrimeTypes, ActivityLevel activityLevel,
            String threatBand, OcgStatus status, Classification classification, Set<String> caveats, long version)
            implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.ocg.mapped.v1";
    }

    /** Event {@value #TYPE}: a group's details changed. */
    @OutboxEvent.Type(value = OcgChanged.TYPE, aggregate = OcgEvents.AGGREGATE)
    public record OcgChanged(@OutboxEvent.Key String ocgId, String reference, Force owningForce,
            CrimeType predominantCrimeType, Set<CrimeType> secondaryCrimeTypes, ActivityLevel activityLevel,
            String threatBand, OcgStatus status, Classification classification, Set<String> caveats, long version)
            implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.ocg.changed.v1";
    }

    /** Event {@value #TYPE}: a group was archived and no longer counts as active. */
    @OutboxEvent.Type(value = OcgArchived.TYPE, aggregate = OcgEvents.AGGREGATE)
    public record OcgArchived(@OutboxEvent.Key String ocgId, String reference, Force owningForce,
            CrimeType predominantCrimeType, Classification classification, Set<String> caveats, long version)
            implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.rocu.ocg.archived.v1";
    }
}
