package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.rocu.events.QuarterFrozenEvent;

/**
 * Keeps ROCU's frozen quarters (DOMAIN.md, moderation: "as reported then"), which an issued board pack states beside
 * the figures as moderated now. A later freeze of the same quarter replaces an earlier one; an older one changes
 * nothing, so a replay ends where it started.
 */
@ApplicationScoped
public class FrozenQuarterProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(QuarterFrozenEvent.TYPE);
    }

    @Override
    public void apply(Applied event) {
        QuarterFrozenEvent frozen = event.as(QuarterFrozenEvent.class);
        em.createNativeQuery("INSERT INTO rocu_frozen_quarter AS f (quarter, frozen_at, counted_disruptions,"
                        + " classification, caveats) VALUES (?1, CAST(?2 AS timestamptz), ?3, ?4, CAST(?5 AS text[]))"
                        + " ON CONFLICT (quarter) DO UPDATE SET frozen_at = EXCLUDED.frozen_at,"
                        + " counted_disruptions = EXCLUDED.counted_disruptions,"
                        + " classification = EXCLUDED.classification, caveats = EXCLUDED.caveats"
                        + " WHERE f.frozen_at <= EXCLUDED.frozen_at")
                .setParameter(1, required(frozen.quarter(), "quarter"))
                .setParameter(2, required(frozen.frozenAt(), "frozenAt").toString())
                .setParameter(3, frozen.countedDisruptions()).setParameter(4, event.marking().classification().name())
                .setParameter(5, StoredMarking.caveatsLiteral(event.marking()))
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_frozen_quarter").executeUpdate();
    }
}
