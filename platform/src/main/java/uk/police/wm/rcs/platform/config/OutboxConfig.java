package uk.police.wm.rcs.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed configuration of the transactional outbox relay ({@code rcs.outbox.*}).
 * <p>
 * One mapping per sub-prefix rather than one for all of {@code rcs}: a mapping validates every key under its
 * prefix, and services and the build set other {@code rcs.*} keys (e.g. {@code rcs.repo.root}).
 */
@ConfigMapping(prefix = "rcs.outbox")
public interface OutboxConfig {
    /** {@code rcs.outbox.relay-enabled}: run the relay in this instance (false only for tools and some tests). */
    @WithDefault("true")
    boolean relayEnabled();

    /** {@code rcs.outbox.poll-interval}: idle polling period; commits also wake the relay at once. */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    /**
     * {@code rcs.outbox.linger}: how long the relay waits after a commit wakes it before it reads, so that commits
     * close together are published in one round; each event's lag grows by up to this much.
     */
    @WithDefault("PT0S")
    Duration linger();

    /** {@code rcs.outbox.batch-size}: rows read and sent per round. */
    @WithDefault("500")
    int batchSize();

    /** {@code rcs.outbox.send-timeout}: how long one send may wait for the broker's acknowledgement. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** {@code rcs.outbox.backoff-initial}: first wait after a failed round; doubles per failure. */
    @WithDefault("PT0.1S")
    Duration backoffInitial();

    /** {@code rcs.outbox.backoff-max}: cap on the wait between failed rounds. */
    @WithDefault("PT5S")
    Duration backoffMax();

    /** {@code rcs.outbox.standby-interval}: how often an instance without the relay lock tries to take it. */
    @WithDefault("PT2S")
    Duration standbyInterval();

    /** {@code rcs.outbox.max-backlog}: readiness goes DOWN when more rows than this wait to be published. */
    @WithDefault("100000")
    long maxBacklog();

    /** {@code rcs.outbox.retention}: published rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** {@code rcs.outbox.purge-interval}: how often published rows past retention are deleted. */
    @WithDefault("PT1H")
    Duration purgeInterval();
}
