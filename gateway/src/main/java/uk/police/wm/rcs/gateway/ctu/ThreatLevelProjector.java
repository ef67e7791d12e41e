package uk.police.wm.rcs.gateway.ctu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.police.wm.rcs.gateway.partner.PartnerFeed;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.ctu.events.ThreatLevelChangedEvent;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Keeps the CTU threat level history from {@code uk.police.wm.ctu.threat-level.changed.v1}, and tells partners.
 * Threat levels are OFFICIAL without caveats: an event marked otherwise (or not at all) is set aside, since a level
 * shown to some readers and not others would make the level "in force" differ between them.
 */
@ApplicationScoped
public class ThreatLevelProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Inject
    PartnerFeed partnerFeed;

    @Override
    public Set<String> types() {
        return Set.of(ThreatLevelChangedEvent.TYPE);
    }

    @Override
    public void apply(Applied event) {
        if (!SecurityMarking.OFFICIAL.equals(event.marking())) {
            throw new RejectedEventException("threat level event is marked " + event.marking()
                    + ", not OFFICIAL without caveats");
        }
        ThreatLevelChangedEvent change = event.as(ThreatLevelChangedEvent.class);
        UUID id = uuid(change.id(), "id");
        String scope = required(change.scope(), "scope").name();
        String level = required(change.level(), "level").name();
        String setBy = required(change.setBy(), "setBy");
        LocalDate effectiveFrom = required(change.effectiveFrom(), "effectiveFrom");
        em.createNativeQuery("INSERT INTO ctu_threat_level (id, scope, level, effective_from, set_by, rationale,"
                        + " event_time, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                        + " CAST(?9 AS text[])) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, id).setParameter(2, scope).setParameter(3, level).setParameter(4, effectiveFrom)
                .setParameter(5, setBy).setParameter(6, required(change.rationale(), "rationale"))
                .setParameter(7, event.event().time())
                .setParameter(8, event.marking().classification().name())
                .setParameter(9, StoredMarking.caveatsLiteral(event.marking()))
                .executeUpdate();
        partnerFeed.threatLevelChanged(id, scope, level, effectiveFrom, setBy, event.marking());
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE ctu_threat_level").executeUpdate();
    }
}
