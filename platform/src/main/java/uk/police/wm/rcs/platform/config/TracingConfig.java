package uk.police.wm.rcs.platform.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of where spans go and how many traces are kept ({@code rcs.tracing.*}). */
@ConfigMapping(prefix = "rcs.tracing")
public interface TracingConfig {

    /** Where finished spans are sent. */
    enum Exporter {
        /** Quarkus' OTLP exporter, to {@code quarkus.otel.exporter.otlp.traces.endpoint} (a collector). */
        OTLP,
        /** Zipkin's own v2 JSON API, to {@link #zipkinEndpoint()} (the local stack's Zipkin server). */
        ZIPKIN,
        /** Nowhere: spans are still made, so log lines keep their trace ids (development and tests). */
        NONE
    }

    /** {@code rcs.tracing.exporter}: {@code otlp}, {@code zipkin} or {@code none}. */
    @WithDefault("otlp")
    Exporter exporter();

    /** {@code rcs.tracing.zipkin-endpoint}: e.g. {@code http://127.0.0.1:9411/api/v2/spans}; needed by {@code zipkin}. */
    Optional<URI> zipkinEndpoint();

    /**
     * {@code rcs.tracing.sample-ratio}: the share of new traces kept, 0 to 1. A trace continued from a caller or an
     * event follows the caller's decision; 0 keeps the trace ids in the logs but exports nothing new.
     */
    @WithDefault("1.0")
    double sampleRatio();
}
