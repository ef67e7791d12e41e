package uk.police.wm.rcs.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object[]> rows = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT section, newest_event_time, last_applied_at, events_applied"
                + " FROM section_freshness").getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put((String) columns[0], columns);
        }
        Map<Section, Long> lag = consumer.lag();
        List<SectionFreshness> sections = Arrays.stream(Section.values()).map(section -> {
            Object[] columns = rows.get(section.name());
            return columns == null
                    ? new SectionFreshness(section, null, null, 0, lag.get(section))
                    : new SectionFreshness(section, time(columns[1]), time(columns[2]),
                            ((Number) columns[3]).longValue(), lag.get(section));
        }).toList();
        return new Freshness(sections, consumer.isRebuilding());
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
