package uk.police.wm.rcs.rocu.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of rocu-service's own keys ({@code rcs.rocu.*}). */
@ConfigMapping(prefix = "rcs.rocu")
public interface RocuConfig {

    /** {@code rcs.rocu.batch.*}: the disruption batch import. */
    Batch batch();

    /** Batch import settings. */
    interface Batch {
        /** {@code rcs.rocu.batch.max-records}: the most records one batch may hold. */
        @WithDefault("10000")
        int maxRecords();

        /** {@code rcs.rocu.batch.chunk-size}: records written per transaction. */
        @WithDefault("500")
        int chunkSize();

        /** {@code rcs.rocu.batch.async-threshold}: batches larger than this are answered 202 with a job. */
        @WithDefault("1000")
        int asyncThreshold();
    }
}
