package uk.police.wm.rcs.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway's read model consumes the domain topics ({@code rcs.read-model.*}). */
@ConfigMapping(prefix = "rcs.read-model")
public interface ReadModelConfig {

    /** Whether this instance consumes the topics (off for an instance that only serves reads). */
    @WithDefault("true")
    boolean enabled();

    /** The consumer group; every instance of the gateway shares it, so partitions are spread between them. */
    @WithDefault("gateway-read-model")
    String groupId();

    /** Longest wait for records in one poll. */
    @WithDefault("PT0.2S")
    Duration pollTimeout();

    /**
     * Most records applied in one transaction (a batch is a handful of set-based statements whatever its size). A
     * live poll takes what has arrived and does not wait to fill it; a rebuild fills it (8,000 rebuilds about a fifth
     * faster than 2,000: gateway benchmark, same machine and day).
     */
    @WithDefault("8000")
    int maxPollRecords();

    /** First wait after a failed batch (database or broker away), doubling up to {@link #backoffMax()}. */
    @WithDefault("PT0.2S")
    Duration backoffInitial();

    /** Cap on that wait. */
    @WithDefault("PT5S")
    Duration backoffMax();

    /**
     * How often the consumer checks that its database is still the one it has been filling (the origin row its first
     * migration made): a database lost and recreated empty is found within this, and the topics are replayed.
     */
    @WithDefault("PT5S")
    Duration originCheck();
}
