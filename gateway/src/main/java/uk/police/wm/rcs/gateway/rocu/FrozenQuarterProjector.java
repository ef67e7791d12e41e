package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps ROCU's frozen quarters (DOMAIN.md, moderation: "as reported then"), which an issued board pack states beside
 * the figures as moderated now. A later freeze of the same quarter replaces an earlier one; an older one changes
 * nothing, so a replay ends where it started.
 */
@ApplicationScoped
public class FrozenQuarterProjector implements EventProjector {

    static final String FROZEN = "uk.police.wm.rocu.quarter.frozen.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(FROZEN);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        JsonNode counted = data.get("countedDisruptions");
        if (counted == null || !counted.canConvertToLong()) {
            throw new RejectedEventException("a frozen quarter without its counted disruptions");
        }
        em.createNativeQuery("INSERT INTO rocu_frozen_quarter AS f (quarter, frozen_at, counted_disruptions,"
                        + " classification, caveats) VALUES (?1, CAST(?2 AS timestamptz), ?3, ?4, CAST(?5 AS text[]))"
                        + " ON CONFLICT (quarter) DO UPDATE SET frozen_at = EXCLUDED.frozen_at,"
                        + " counted_disruptions = EXCLUDED.counted_disruptions,"
                        + " classification = EXCLUDED.classification, caveats = EXCLUDED.caveats"
                        + " WHERE f.frozen_at <= EXCLUDED.frozen_at")
                .setParameter(1, text(data, "quarter")).setParameter(2, text(data, "frozenAt"))
                .setParameter(3, counted.asLong()).setParameter(4, event.marking().classification().name())
                .setParameter(5, StoredMarking.caveatsLiteral(event.marking()))
                .executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE rocu_frozen_quarter").executeUpdate();
    }
}
