package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.integer;
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
 * Keeps the Digital PCSO's reach per month, and the Digital PCSOs in post across the region when the report states
 * it, from {@code uk.police.wm.cyber.pcso-month.reported.v1}; a revision wins, marking included.
 */
@ApplicationScoped
public class PcsoMonthProjector implements EventProjector {

    static final String REPORTED = "uk.police.wm.cyber.pcso-month.reported.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(REPORTED);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        String month = text(data, "month");
        if (!month.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw new RejectedEventException("month is not yyyy-MM: " + month);
        }
        int reach = integer(data, "reach");
        long events = 0;
        for (JsonNode count : data.path("events")) {
            if (!count.canConvertToInt() || count.asInt() < 0) {
                throw new RejectedEventException("events are not counts");
            }
            events += count.asInt();
        }
        if (reach < 0) {
            throw new RejectedEventException("reach is negative");
        }
        // absent or null: the report did not state it (and events from before the field existed lack it)
        JsonNode inPostNode = data.get("digitalPcsosInPost");
        Integer inPost = inPostNode == null || inPostNode.isNull() ? null : integer(data, "digitalPcsosInPost");
        if (inPost != null && inPost < 0) {
            throw new RejectedEventException("digitalPcsosInPost is negative");
        }
        em.createNativeQuery("INSERT INTO cyber_pcso_month (month, reach, events, classification, caveats,"
                        + " digital_pcsos_in_post) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]), CAST(?6 AS integer))"
                        + " ON CONFLICT (month) DO UPDATE SET reach = EXCLUDED.reach, events = EXCLUDED.events,"
                        + " classification = EXCLUDED.classification, caveats = EXCLUDED.caveats,"
                        + " digital_pcsos_in_post = EXCLUDED.digital_pcsos_in_post")
                .setParameter(1, month).setParameter(2, (long) reach).setParameter(3, events)
                .setParameter(4, event.marking().classification().name())
                .setParameter(5, StoredMarking.caveatsLiteral(event.marking()))
                .setParameter(6, inPost).executeUpdate();
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_pcso_month").executeUpdate();
    }
}
