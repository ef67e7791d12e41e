package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.rocu.events.ModerationEvents.HighlightPublished;

/**
 * Keeps the ROCU's operational highlights, one row per disruption with its narrative and marking. A highlight is
 * published once per disruption and never changes, so the first row stands: a replayed or re-sent event (a new
 * CloudEvents id for the same disruption) changes nothing. A highlight said to name a person is refused; one
 * without a readable marking is kept as SECRET (the event's marking as every projector reads it).
 */
@ApplicationScoped
public class HighlightProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(HighlightPublished.TYPE);
    }

    @Override
    public void apply(Applied event) {
        HighlightPublished highlight = event.as(HighlightPublished.class);
        UUID id = uuid(highlight.disruptionId(), "disruptionId");
        if (highlight.namesPerson()) {
            // rocu-service never publishes one; should one arrive, a narrative about a person is not kept here
            throw new RejectedEventException("highlight " + id + " may name a person (namesPerson is not false)");
        }
        SecurityMarking marking = event.marking();
        em.createNativeQuery("INSERT INTO rocu_highlight (disruption_id, quarter, force, crime_type, lead_agency,"
                        + " four_p, moderated_impact, narrative, classification, caveats)"
                        + " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS text[])"
                        // a disposed record's narrative is never kept, whatever order the events are applied in
                        + " WHERE NOT EXISTS (SELECT 1 FROM disposed_record WHERE record_id = ?1)"
                        + " ON CONFLICT (disruption_id) DO NOTHING")
                .setParameter(1, id).setParameter(2, required(highlight.quarter(), "quarter"))
                .setParameter(3, required(highlight.force(), "force").name())
                .setParameter(4, required(highlight.crimeType(), "crimeType").name())
                .setParameter(5, required(highlight.leadAgency(), "leadAgency").name())
                .setParameter(6, required(highlight.fourP(), "fourP").name())
                .setParameter(7, required(highlight.moderatedImpact(), "moderatedImpact").name())
                .setParameter(8, required(highlight.narrative(), "narrative"))
                .setParameter(9, marking.classification().name())
                .setParameter(10, StoredMarking.caveatsLiteral(marking))
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_highlight").executeUpdate();
    }
}
