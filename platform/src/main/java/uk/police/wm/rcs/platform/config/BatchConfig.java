package uk.police.wm.rcs.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of batch intake ({@code rcs.batch.*}), the same limits for every service's batches. */
@ConfigMapping(prefix = "rcs.batch")
public interface BatchConfig {

    /** {@code rcs.batch.max-records}: the most records (or CSV data rows) one batch may hold (413 beyond). */
    @WithDefault("10000")
    int maxRecords();

    /** {@code rcs.batch.chunk-size}: records written per transaction. */
    @WithDefault("500")
    int chunkSize();
}
