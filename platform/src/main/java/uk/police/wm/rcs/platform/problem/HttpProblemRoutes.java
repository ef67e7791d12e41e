package uk.police.wm.rcs.platform.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies for requests that never reach JAX-RS: a path no route serves (404), a body declared larger than
 * {@code quarkus.http.limits.max-body-size} (413).
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    /** Quarkus' own check of a declared body size runs at order -2 and answers with an empty body: ours runs first. */
    private static final int BEFORE_BODY_SIZE_CHECK = -3;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(BEFORE_BODY_SIZE_CHECK)
                .handler(context -> refuseDeclaredOversizeBody(context, limit.asLongValue())));
        // the very last route: reached only when no other route (REST, health, metrics) answered
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    /** A {@code Content-Length} over the limit: 413 problem at once, and the connection closed (the body is unread). */
    private void refuseDeclaredOversizeBody(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                    write(context, payloadTooLarge(limit));
                    return;
                }
            } catch (NumberFormatException e) {
                write(context, Problems.badRequest("The Content-Length header is not a number."));
                return;
            }
        }
        context.next();
    }

    static ProblemException payloadTooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "The request body is larger than the " + limit + " bytes accepted.")
                .with("maxBytes", limit);
    }

    private void notFound(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        write(context, Problems.notFound("The requested resource does not exist."));
    }

    private void write(RoutingContext context, ProblemException problem) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        try {
            byte[] body = objectMapper.writeValueAsBytes(ProblemResponses.body(problem, context.request().path()));
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON);
            problem.headers().forEach((name, value) -> context.response().putHeader(name, value));
            context.response().end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a problem body", e);
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
