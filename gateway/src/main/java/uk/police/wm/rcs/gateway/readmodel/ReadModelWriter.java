package uk.police.wm.rcs.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.arc.All;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.gateway.readmodel.BatchSql.Column;
import uk.police.wm.rcs.platform.outbox.EventMarkings;

/**
 * Writes events into the read model: the dedupe records ({@code consumed_event}), the projections and the sections'
 * freshness, all in one transaction per batch, so an event is applied exactly once however often Kafka delivers it.
 */
@ApplicationScoped
public class ReadModelWriter {

    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);

    /** An event as polled: its envelope, and the CloudEvent itself (its data and its marking's attributes). */
    public record Polled(ConsumedEvent event, CloudEvent cloudEvent) {
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

    /**
     * Applies a batch in one transaction: one statement records every event id as consumed and says which are new,
     * each projector applies its new events in topic order, and each section's freshness is written once. Returns
     * how many events were new.
     */
    @Transactional
    public int applyAll(List<Polled> batch) {
        return applyInCurrentTransaction(batch);
    }

    /** Applies one event in a transaction of its own (after its batch failed); returns whether it was new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOne(Polled polled) {
        return applyInCurrentTransaction(List.of(polled)) == 1;
    }

    /**
     * Sets aside an event that cannot be applied, and marks it consumed so it is not tried again; returns whether it
     * was newly set aside (false for one redelivered after it had been).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reject(ConsumedEvent event, String reason) {
        LOG.warnf("Rejected event %s (%s) at %s-%d@%d: %s", event.id(), event.type(), event.topic(),
                event.partition(), event.offset(), reason);
        int inserted = em.createNativeQuery("INSERT INTO rejected_event (event_id, type, topic, partition_no, kafka_offset, reason,"
                        + " rejected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.topic())
                .setParameter(4, event.partition()).setParameter(5, event.offset())
                .setParameter(6, reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
        markConsumed(event);
        return inserted == 1;
    }

    /**
     * The read model's origin (made by migration V60 with its tables); throws while the tables are missing. A
     * different value than before means the database was replaced.
     */
    @Transactional
    public String origin() {
        return em.createNativeQuery("SELECT CAST(origin AS text) FROM read_model_origin").getSingleResult().toString();
    }

    /** Whether no event has been applied or set aside yet: a new or recreated database. */
    @Transactional
    public boolean isEmpty() {
        return !((Boolean) em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM consumed_event)").getSingleResult());
    }

    /** Empties the read model before the topics are replayed from the start. */
    @Transactional
    public void reset() {
        em.createNativeQuery("TRUNCATE consumed_event, section_freshness, rejected_event").executeUpdate();
        projectors.forEach(EventProjector::reset);
    }

    private int applyInCurrentTransaction(List<Polled> batch) {
        Map<String, Polled> firstOfEachId = new LinkedHashMap<>();
        batch.forEach(polled -> firstOfEachId.putIfAbsent(polled.event().id(), polled));
        Set<String> fresh = markConsumed(firstOfEachId.values());
        Map<EventProjector, List<EventProjector.Applied>> byProjector = new LinkedHashMap<>();
        Map<Section, SectionProgress> bySection = new EnumMap<>(Section.class);
        for (Polled polled : firstOfEachId.values()) {
            ConsumedEvent event = polled.event();
            if (!fresh.contains(event.id())) {
                continue;
            }
            EventProjector projector = byType.get(event.type());
            if (projector != null) {
                JsonNode data = parse(polled.cloudEvent());
                byProjector.computeIfAbsent(projector, p -> new ArrayList<>())
                        .add(new EventProjector.Applied(event, data, EventMarkings.read(polled.cloudEvent(), data)));
            } else {
                LOG.debugf("No projection for %s; recorded as consumed", event.type());
            }
            bySection.merge(event.section(), new SectionProgress(1, event.time()), SectionProgress::plus);
        }
        byProjector.forEach(EventProjector::applyAll);
        OffsetDateTime now = OffsetDateTime.now(clock);
        bySection.forEach((section, progress) -> em.createNativeQuery("INSERT INTO section_freshness AS f (section,"
                        + " newest_event_time, last_applied_at, events_applied) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (section) DO UPDATE SET"
                        + " newest_event_time = GREATEST(f.newest_event_time, EXCLUDED.newest_event_time),"
                        + " last_applied_at = EXCLUDED.last_applied_at,"
                        + " events_applied = f.events_applied + EXCLUDED.events_applied")
                .setParameter(1, section.name()).setParameter(2, progress.newest()).setParameter(3, now)
                .setParameter(4, progress.events())
                .executeUpdate());
        return fresh.size();
    }

    /** How many events of a section a batch applied, and the newest event time among them. */
    private record SectionProgress(long events, OffsetDateTime newest) {
        SectionProgress plus(SectionProgress other) {
            OffsetDateTime newer = newest == null ? other.newest
                    : other.newest == null || newest.isAfter(other.newest) ? newest : other.newest;
            return new SectionProgress(events + other.events, newer);
        }
    }

    /** Records the events as consumed in one statement; returns the ids that were not consumed before. */
    private Set<String> markConsumed(Collection<Polled> events) {
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Integer> partitions = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Polled polled : events) {
            ConsumedEvent e = polled.event();
            ids.add(e.id());
            types.add(e.type());
            sections.add(e.section().name());
            topics.add(e.topic());
            partitions.add(e.partition());
            offsets.add(e.offset());
            times.add(e.time() == null ? null : e.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        String now = OffsetDateTime.now(clock).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new HashSet<>(BatchSql.query(em, row -> row.getString("event_id"), "INSERT INTO consumed_event"
                        + " (event_id, type, section, topic, partition_no, kafka_offset, event_time, consumed_at)"
                        + " SELECT e.id, e.type, e.section, e.topic, e.partition_no, e.kafka_offset,"
                        + " CAST(e.event_time AS timestamptz), CAST((?)[1] AS timestamptz)"
                        + " FROM unnest(?, ?, ?, ?, ?, ?, ?)"
                        + " AS e (id, type, section, topic, partition_no, kafka_offset, event_time)"
                        + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id",
                Column.texts(List.of(now)), Column.texts(ids), Column.texts(types), Column.texts(sections),
                Column.texts(topics), Column.ints(partitions), Column.longs(offsets), Column.texts(times)));
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

    private JsonNode parse(CloudEvent event) {
        try {
            JsonNode node = event.getData() == null ? null : json.readTree(event.getData().toBytes());
            if (node == null || !node.isObject()) {
                throw new RejectedEventException("event data is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new RejectedEventException("event data is not JSON: " + e.getMessage());
        }
    }
}
