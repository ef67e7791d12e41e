package uk.police.wm.rcs.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed configuration of idempotent POSTs ({@code rcs.idempotency.*}).
 * <p>
 * One mapping per sub-prefix rather than one for all of {@code rcs}: a mapping validates every key under its
 * prefix, and services and the build set other {@code rcs.*} keys (e.g. {@code rcs.repo.root}).
 */
@ConfigMapping(prefix = "rcs.idempotency")
public interface IdempotencyConfig {
    /** {@code rcs.idempotency.ttl}: how long a key's stored response is replayed. */
    @WithDefault("PT24H")
    Duration ttl();

    /**
     * {@code rcs.idempotency.in-progress-timeout}: a claim left IN_PROGRESS longer (crashed instance) can be taken
     * again. Just above the longest request: a force system retrying on another instance waits no longer than this.
     */
    @WithDefault("PT30S")
    Duration inProgressTimeout();

    /** {@code rcs.idempotency.max-body-bytes}: largest request body accepted with an Idempotency-Key (413 beyond). */
    @WithDefault("10485760")
    int maxBodyBytes();

    /** {@code rcs.idempotency.purge-interval}: how often expired keys are deleted. */
    @WithDefault("PT1H")
    Duration purgeInterval();
}
