package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.cyber.events.OutreachEvents.PcsoMonthReported;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps the Digital PCSO's reach per month, and the Digital PCSOs in post across the region when the report states
 * it, from {@code uk.police.wm.cyber.pcso-month.reported.v1}; a revision wins, marking included.
 */
@ApplicationScoped
public class PcsoMonthProjector implements EventProjector {

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(PcsoMonthReported.TYPE);
    }

    @Override
    public void apply(Applied event) {
        PcsoMonthReported report = event.as(PcsoMonthReported.class);
        String month = required(report.month(), "month").toString();
        long events = 0;
        for (Integer count : report.events() == null ? List.<Integer>of() : report.events().values()) {
            if (count == null || count < 0) {
                throw new RejectedEventException("events are not counts");
            }
            events += count;
        }
        int reach = CyberOutputProjector.count(report.reach(), "reach");
        // null: the report did not state it (and events from before the field existed lack it)
        Integer inPost = report.digitalPcsosInPost();
        if (inPost != null) {
            CyberOutputProjector.count(inPost, "digitalPcsosInPost");
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
