package uk.police.wm.rcs.gateway.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import uk.police.wm.rcs.gateway.config.ReadModelConfig;

/**
 * The read model on {@code /q/metrics}, labelled by section (three values) and consumer group: the consumer's lag in
 * events and in seconds, events set aside, and each section's freshness (the age of the newest event applied and of
 * the last batch applied), read from {@code section_freshness} every few seconds rather than on each scrape.
 */
@ApplicationScoped
public class ReadModelMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    ReadModelConsumer consumer;

    @Inject
    ReadModelStatus status;

    @Inject
    ReadModelConfig config;

    @Inject
    Clock clock;

    private final Map<Section, Counter> setAside = new EnumMap<>(Section.class);
    private volatile Map<Section, ReadModelStatus.SectionFreshness> freshness = Map.of();

    // with the bean, so the consumer thread finds the counters whichever start-up observer runs first
    @PostConstruct
    void registerCounters() {
        for (Section section : Section.values()) {
            setAside.put(section, Counter.builder("rcs.read.model.events.set.aside")
                    .tag("section", section.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Events the read model could not apply and set aside in rejected_event")
                    .register(registry));
        }
    }

    void register(@Observes StartupEvent startup) {
        for (Section section : Section.values()) {
            String name = section.name().toLowerCase(java.util.Locale.ROOT);
            Gauge.builder("rcs.read.model.newest.event.age", () -> age(section, true))
                    .tag("section", name).baseUnit("seconds")
                    .description("Age of the newest event the section has applied (-1 before any)")
                    .register(registry);
            Gauge.builder("rcs.read.model.last.applied.age", () -> age(section, false))
                    .tag("section", name).baseUnit("seconds")
                    .description("Time since the section last applied a batch (-1 before any)")
                    .register(registry);
            if (!config.enabled()) {
                continue; // an instance that only serves reads has no consumer to be behind
            }
            Gauge.builder("rcs.consumer.lag.events", () -> consumer.lag().getOrDefault(section, 0L))
                    .tag("consumer", config.groupId()).tag("section", name)
                    .description("Records on the section's topic not yet applied by this instance")
                    .register(registry);
            Gauge.builder("rcs.consumer.lag", () -> consumer.lagSeconds(section))
                    .tag("consumer", config.groupId()).tag("section", name).baseUnit("seconds")
                    .description("Age of the oldest record not yet applied, at least the time since the section was"
                            + " last caught up")
                    .register(registry);
        }
    }

    /** Counts an event newly set aside. */
    void setAside(Section section) {
        setAside.get(section).increment();
    }

    // every 5 s: a dashboard's resolution, and one small query, not one per scrape and instance
    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void refreshFreshness() {
        Map<Section, ReadModelStatus.SectionFreshness> read = new EnumMap<>(Section.class);
        status.freshness().sections().forEach(s -> read.put(s.section(), s));
        freshness = read;
    }

    private double age(Section section, boolean newestEvent) {
        ReadModelStatus.SectionFreshness f = freshness.get(section);
        OffsetDateTime time = f == null ? null : newestEvent ? f.newestEventTime() : f.lastAppliedAt();
        return time == null ? -1 : Math.max(0, Duration.between(time.toInstant(), clock.instant()).toMillis() / 1000.0);
    }
}
