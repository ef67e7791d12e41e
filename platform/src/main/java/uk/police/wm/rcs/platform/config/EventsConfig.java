package uk.police.wm.rcs.platform.config;

import io.smallrye.config.ConfigMapping;

/**
 * Typed configuration of the domain events the outbox publishes ({@code rcs.events.*}).
 * <p>
 * One mapping per sub-prefix rather than one for all of {@code rcs}: a mapping validates every key under its
 * prefix, and services and the build set other {@code rcs.*} keys (e.g. {@code rcs.repo.root}).
 */
@ConfigMapping(prefix = "rcs.events")
public interface EventsConfig {
    /** {@code rcs.events.source}: the CloudEvents {@code source} of every event, e.g. {@code /rocu-service}. */
    String source();

    /** {@code rcs.events.topic}: the Kafka topic every event is published to. */
    String topic();
}
