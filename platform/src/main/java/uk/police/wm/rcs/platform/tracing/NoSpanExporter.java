package uk.police.wm.rcs.platform.tracing;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Drops finished spans, with {@code rcs.tracing.exporter=none} (development and tests): spans and trace ids exist,
 * nothing tries to reach a collector that is not there. Its presence also turns Quarkus' OTLP exporter off.
 */
@Singleton
@LookupIfProperty(name = "rcs.tracing.exporter", stringValue = "none")
public class NoSpanExporter implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
