package uk.police.wm.rcs.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * The relay's publish of one event as a producer span in the trace of the request that wrote it (its stored
 * {@code traceparent}), from the send to the broker's acknowledgement. Events written outside any trace get none.
 */
@ApplicationScoped
class PublishSpans {

    private static final Logger LOG = Logger.getLogger(PublishSpans.class);

    @Inject
    Tracer tracer;

    Span start(PendingEvent row, String topic) {
        if (row.traceparent() == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(topic + " publish")
                .setParent(Traces.parentFrom(row.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", row.id().toString())
                .setAttribute("cloudevents.event_type", row.type())
                .startSpan();
    }

    /** Ends the span; at DEBUG, logs the publish with the event's trace id and correlation id. */
    void acknowledged(Span span, PendingEvent row, String topic) {
        if (LOG.isDebugEnabled() && span.getSpanContext().isValid()) {
            // the line carries the event's own trace and correlation id, not the relay thread's (it has none)
            Runnable line = () -> LOG.debugf("Published %s %s (%s %s) to %s", row.type(), row.id(),
                    row.aggregateType(), row.aggregateId(), topic);
            try (Scope scope = span.makeCurrent()) {
                if (row.correlationId() == null) {
                    line.run();
                } else {
                    CorrelationId.runWith(row.correlationId(), line);
                }
            }
        }
        span.end();
    }

    void failed(Span span, Throwable cause) {
        span.setStatus(StatusCode.ERROR, cause == null ? "not acknowledged" : cause.toString());
        span.end();
    }
}
