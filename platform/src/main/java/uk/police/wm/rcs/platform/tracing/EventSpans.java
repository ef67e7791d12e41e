package uk.police.wm.rcs.platform.tracing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import uk.police.wm.rcs.platform.correlation.CorrelationId;

/**
 * A consumer's spans: the apply of each event continues the trace its {@code traceparent} extension names (the
 * request that wrote it), and a batch applied in one transaction is a span linked to each of its events' spans.
 */
@ApplicationScoped
public class EventSpans {

    @Inject
    Tracer tracer;

    /** A consumer span in the event's trace, started now; an invalid (no-op) span when the event carries no trace. */
    public Span apply(CloudEvent event, String topic) {
        Object traceparent = event.getExtension(Traces.TRACEPARENT);
        if (!(traceparent instanceof String text) || !Traces.isValid(text)) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("apply " + event.getType())
                .setParent(Traces.parentFrom(text))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.getId())
                .startSpan();
    }

    /**
     * The span current while a batch applies: the event's own when the batch holds one event, else a new span linked
     * to every event's (each event came from another request), or an invalid span when no event carries a trace.
     */
    public Span batch(List<Span> events) {
        if (events.size() == 1) {
            return events.get(0);
        }
        List<Span> traced = events.stream().filter(s -> s.getSpanContext().isValid()).toList();
        if (traced.isEmpty()) {
            return Span.getInvalid();
        }
        SpanBuilder batch = tracer.spanBuilder("apply " + events.size() + " events").setNoParent()
                .setAttribute("messaging.batch.message_count", (long) events.size());
        traced.forEach(s -> batch.addLink(s.getSpanContext()));
        return batch.startSpan();
    }

    /**
     * Ends an event's span (marked failed when {@code failure} is not null) after running {@code logLine} in it, with
     * the event's correlation id, so that line carries the event's trace id.
     */
    public void end(Span span, CloudEvent event, String failure, Runnable logLine) {
        if (span.getSpanContext().isValid()) {
            try (Scope scope = span.makeCurrent()) {
                Object correlationId = event.getExtension("correlationid");
                if (correlationId == null) {
                    logLine.run();
                } else {
                    CorrelationId.runWith(correlationId.toString(), logLine);
                }
            }
        } else {
            logLine.run();
        }
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure);
        }
        span.end();
    }
}
