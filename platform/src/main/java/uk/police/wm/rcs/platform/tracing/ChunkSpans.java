package uk.police.wm.rcs.platform.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;

/**
 * Spans of a batch job's chunks: each chunk is a trace of its own (its statements, and the events it writes, which
 * the relay and the consumers continue), linked to the batch's span, so a night's import is not one trace of
 * thousands of spans and each chunk still leads back to the request that submitted it.
 */
@ApplicationScoped
public class ChunkSpans {

    @Inject
    Tracer tracer;

    /** The context to link chunks to: the current span's (the request that submitted the batch). */
    public SpanContext batch() {
        return Span.current().getSpanContext();
    }

    /** Starts the span of records {@code first} to {@code first + size - 1}, linked to {@code batch} when it is valid. */
    public Span start(String name, SpanContext batch, int first, int size) {
        var builder = tracer.spanBuilder(name).setNoParent()
                .setAttribute("rcs.batch.first_record", (long) first)
                .setAttribute("rcs.batch.records", (long) size);
        if (batch.isValid()) {
            builder.addLink(batch);
        }
        return builder.startSpan();
    }
}
