package uk.police.wm.rcs.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the cache of verified bearer tokens ({@code rcs.security.token-cache.*}). */
@ConfigMapping(prefix = "rcs.security.token-cache")
public interface TokenCacheConfig {
    /** {@code rcs.security.token-cache.enabled}: off, every request verifies its token's signature again. */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code rcs.security.token-cache.max-size}: tokens remembered at once. A token is one to two kilobytes; force
     * systems and the gateway reuse a handful of client-credentials tokens, people one token each.
     */
    @WithDefault("1000")
    int maxSize();

    /**
     * {@code rcs.security.token-cache.max-ttl}: the longest a verified token is trusted without checking its
     * signature again, however far off its expiry. It bounds how long a signing key the issuer withdrew still counts.
     */
    @WithDefault("PT5M")
    Duration maxTtl();
}
