package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes events into the read model: the dedupe record ({@code consumed_event}), the projection and the section's
 * freshness, all in one transaction, so an event is applied exactly once however often Kafka delivers it.
 */
@ApplicationScoped
public class ReadModelWriter {

    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);

    /** An event as polled: its envelope and its data. */
    public record Polled(ConsumedEvent event, byte[] data) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    @All
    List<EventProjector> projectors;

    private final Map<String, EventProjector> byType = new HashMap<>();

    @PostConstruct
    void index() {
        for (EventProjector projector : projectors) {
            for (String type : projector.types()) {
                if (byType.put(type, projector) != null) {
                    throw new IllegalStateException("Two projectors apply " + type);
                }
            }
        }
    }

    /** Applies a batch in one transaction; returns how many events were new. */
    @Transactional
    public int applyAll(List<Polled> batch) {
        int applied = 0;
        for (Polled polled : batch) {
            if (applyInCurrentTransaction(polled)) {
                applied++;
            }
        }
        return applied;
    }

    /** Applies one event in a transaction of its own (after its batch failed); returns whether it was new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOne(Polled polled) {
        return applyInCurrentTransaction(polled);
    }

    /** Sets aside an event that cannot be applied, and marks it consumed so it is not tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reject(ConsumedEvent event, String reason) {
        LOG.warnf("Rejected event %s (%s) at %s-%d@%d: %s", event.id(), event.type(), event.topic(),
                event.partition(), event.offset(), reason);
        em.createNativeQuery("INSERT INTO rejected_event (event_id, type, topic, partition_no, kafka_offset, reason,"
                        + " rejected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.topic())
                .setParameter(4, event.partition()).setParameter(5, event.offset())
                .setParameter(6, reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
        markConsumed(event);
    }

    /** Empties the read model before the topics are replayed from the start. */
    @Transactional
    public void reset() {
        em.createNativeQuery("TRUNCATE consumed_event, section_freshness, rejected_event").executeUpdate();
        projectors.forEach(EventProjector::reset);
    }

    private boolean applyInCurrentTransaction(Polled polled) {
        ConsumedEvent event = polled.event();
        if (!markConsumed(event)) {
            return false;
        }
        EventProjector projector = byType.get(event.type());
        if (projector != null) {
            projector.apply(event, parse(polled.data()));
        } else {
            LOG.debugf("No projection for %s; recorded as consumed", event.type());
        }
        em.createNativeQuery("INSERT INTO section_freshness AS f (section, newest_event_time, last_applied_at,"
                        + " events_applied) VALUES (?1, ?2, ?3, 1) ON CONFLICT (section) DO UPDATE SET"
                        + " newest_event_time = GREATEST(f.newest_event_time, EXCLUDED.newest_event_time),"
                        + " last_applied_at = EXCLUDED.last_applied_at, events_applied = f.events_applied + 1")
                .setParameter(1, event.section().name()).setParameter(2, event.time())
                .setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        return true;
    }

    private boolean markConsumed(ConsumedEvent event) {
        return em.createNativeQuery("INSERT INTO consumed_event (event_id, type, section, topic, partition_no,"
                        + " kafka_offset, event_time, consumed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.section().name())
                .setParameter(4, event.topic()).setParameter(5, event.partition()).setParameter(6, event.offset())
                .setParameter(7, event.time()).setParameter(8, OffsetDateTime.now(clock))
                .executeUpdate() == 1;
    }

    private JsonNode parse(byte[] data) {
        try {
            JsonNode node = data == null ? null : json.readTree(data);
            if (node == null || !node.isObject()) {
                throw new RejectedEventException("event data is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new RejectedEventException("event data is not JSON: " + e.getMessage());
        }
    }
}
