package uk.police.wm.rcs.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The API's own limits on a request's target and headers, answered with problem bodies ({@code HttpProblemRoutes}). */
@ConfigMapping(prefix = "rcs.http")
public interface HttpLimitsConfig {

    /** The longest request target (path and query, in characters) accepted; a longer one is a 414 problem. */
    @WithDefault("8192")
    int maxUriLength();

    /** The most bytes of request headers (names, values and separators) accepted; more is a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
