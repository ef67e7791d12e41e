package uk.police.wm.rcs.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The partner feed as Server-Sent Events ({@code rcs.partner-stream.*}, {@code GET /api/v1/partner/events}). */
@ConfigMapping(prefix = "rcs.partner-stream")
public interface PartnerStreamConfig {

    /** How long a published partner event can still be resumed from; older ones are deleted. */
    @WithDefault("P30D")
    Duration retention();

    /** How often the retention runs. */
    @WithDefault("PT1H")
    Duration purgeInterval();

    /** How often an open stream looks for new events (a few rows by index per partner connection). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** A comment line after this long without an event, so proxies keep the connection open. */
    @WithDefault("PT15S")
    Duration keepAlive();

    /** Most events read per poll. */
    @WithDefault("500")
    int batchSize();
}
