package uk.police.wm.rcs.platform.correlation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * HTTP filter (ahead of JAX-RS and security) that sets the correlation id in the MDC and echoes it in the response,
 * with the request's trace id ({@code traceresponse}).
 */
@ApplicationScoped
public class CorrelationIdFilter {

    /** Runs before authentication and the REST layer so every log line of the request carries the id. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = CorrelationId.acceptOrGenerate(context.request().getHeader(CorrelationId.HEADER));
            // Quarkus keeps the MDC in the request's duplicated Vert.x context, so worker threads see it too
            MDC.put(CorrelationId.MDC_KEY, id);
            context.put(CorrelationId.MDC_KEY, id);
            context.response().headers().set(CorrelationId.HEADER, id);
            // the request's trace (W3C traceresponse), so a caller can find it in the trace viewer
            String trace = Traces.currentTraceparent();
            if (trace != null) {
                context.response().headers().set(Traces.TRACERESPONSE, trace);
            }
            context.next();
        }, PRIORITY);
    }
}
