package uk.police.wm.rcs.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** How fresh each section of the read model is: the newest event applied, when, how many, and the lag behind. */
@ApplicationScoped
public class ReadModelStatus {

    /** One section's freshness; {@code lag} is null before this instance has partitions of the section. */
    public record SectionFreshness(Section section, OffsetDateTime newestEventTime, OffsetDateTime lastAppliedAt,
            long eventsApplied, Long lag) {
    }

    /** Every section, and whether a rebuild is still replaying the topics. */
    public record Freshness(List<SectionFreshness> sections, boolean rebuilding) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReadModelConsumer consumer;

    public Freshness freshness() {
        Map<String, StoredFreshness> rows = new HashMap<>();
        for (StoredFreshness row : em.unwrap(Session.class).createNativeQuery("SELECT section, newest_event_time,"
                + " last_applied_at, events_applied FROM section_freshness", StoredFreshness.class).getResultList()) {
            rows.put(row.section(), row);
        }
        Map<Section, Long> lag = consumer.lag();
        List<SectionFreshness> sections = Arrays.stream(Section.values()).map(section -> {
            StoredFreshness row = rows.get(section.name());
            return row == null
                    ? new SectionFreshness(section, null, null, 0, lag.get(section))
                    : new SectionFreshness(section, utc(row.newestEventTime()), utc(row.lastAppliedAt()),
                            row.eventsApplied(), lag.get(section));
        }).toList();
        return new Freshness(sections, consumer.isRebuilding());
    }

    /** A section's row of {@code section_freshness} (Hibernate reads a timestamptz as an instant). */
    private record StoredFreshness(String section, Instant newestEventTime, Instant lastAppliedAt,
            long eventsApplied) {
    }

    private static OffsetDateTime utc(Instant time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }
}
