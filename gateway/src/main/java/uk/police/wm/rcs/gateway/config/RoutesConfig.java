package uk.police.wm.rcs.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the front door sends each domain's API ({@code rcs.routes.*}; the local stack sets the URLs). */
@ConfigMapping(prefix = "rcs.routes")
public interface RoutesConfig {

    /** ctu-service's base URL. */
    Route ctu();

    /** rocu-service's base URL. */
    Route rocu();

    /** cyber-service's base URL. */
    Route cyber();

    /** Longest wait to connect to a service. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Longest wait for a service's whole answer. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** What {@code Retry-After} tells a caller when a service does not answer. */
    @WithDefault("PT5S")
    Duration retryAfter();

    /** One service behind the front door. */
    interface Route {
        /** Base URL, without a trailing slash. */
        String url();
    }
}
