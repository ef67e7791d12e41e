package uk.police.wm.rcs.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * The partner regions' feed on {@code partner.events}: only what is shareable (what {@link PartnerService#PARTNER}
 * may read: OFFICIAL without caveats, not restricted, no personal data), written to the gateway's outbox in the same
 * transaction as the read model, once per change. Each event is marked OFFICIAL: it is what partners may see.
 */
@ApplicationScoped
public class PartnerFeed {

    /** Event {@value #THREAT_LEVEL_CHANGED}: a threat level changed (threat levels are public). */
    public record ThreatLevelChanged(String id, String scope, String level, LocalDate effectiveFrom, String setBy) {
    }

    public static final String THREAT_LEVEL_CHANGED = "uk.police.wm.partner.threat-level.changed.v1";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Publishes a threat level change to partners unless it was published before (e.g. before a rebuild) or its
     * marking is more than a partner may read.
     */
    public void threatLevelChanged(UUID id, String scope, String level, LocalDate effectiveFrom, String setBy,
            SecurityMarking marking) {
        if (!Visibility.canSee(PartnerService.PARTNER, marking)) {
            return;
        }
        int first = em.createNativeQuery("INSERT INTO partner_published (source_id, published_at) VALUES (?1, ?2)"
                        + " ON CONFLICT (source_id) DO NOTHING")
                .setParameter(1, id).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
        if (first == 1) {
            outbox.append("threat-level", scope, THREAT_LEVEL_CHANGED, SecurityMarking.OFFICIAL,
                    new ThreatLevelChanged(id.toString(), scope, level, effectiveFrom, setBy));
        }
    }
}
