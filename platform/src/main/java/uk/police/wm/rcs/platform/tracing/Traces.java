package uk.police.wm.rcs.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The trace context an event carries: written as a W3C {@code traceparent} with the outbox row, sent as the
 * CloudEvents distributed-tracing extension ({@code ce_traceparent}) and read back by the consumer.
 */
public final class Traces {

    /** The CloudEvents extension attribute (Kafka header {@code ce_traceparent}). */
    public static final String TRACEPARENT = "traceparent";
    /** The response header naming the request's trace (W3C Trace Context Level 2), same shape as a traceparent. */
    public static final String TRACERESPONSE = "traceresponse";

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private Traces() {
    }

    /** The current span's context as a {@code traceparent}, or null outside any trace. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a stored {@code traceparent} names, as a remote parent; the root context when it is null or malformed. */
    public static Context parentFrom(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_VALUE);
    }

    /** Whether a {@code traceparent} names a usable trace context. */
    public static boolean isValid(String traceparent) {
        return Span.fromContext(parentFrom(traceparent)).getSpanContext().isValid();
    }
}
