package uk.police.wm.rcs.rocu.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of rocu-service's own keys ({@code rcs.rocu.*}). */
@ConfigMapping(prefix = "rcs.rocu")
public interface RocuConfig {

    /** {@code rcs.rocu.batch.*}: the disruption batch import. */
    Batch batch();

    /** Batch import settings (the limits every service shares are the platform's {@code rcs.batch.*}). */
    interface Batch {
        /** {@code rcs.rocu.batch.async-threshold}: batches larger than this are answered 202 with a job. */
        @WithDefault("1000")
        int asyncThreshold();
    }
}
