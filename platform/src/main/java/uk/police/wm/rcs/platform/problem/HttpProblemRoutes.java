package uk.police.wm.rcs.platform.problem;

import io.vertx.core.buffer.Buffer;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import uk.police.wm.rcs.platform.config.HttpLimitsConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies for requests that never reach JAX-RS: a request target longer than the API accepts (414), headers
 * larger than it accepts (431), a body declared larger than {@code quarkus.http.limits.max-body-size} (413), a path
 * no route serves (404).
 * <p>
 * Vert.x refuses a request line or headers over its own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) with an empty body before any route runs, and Quarkus has no hook for that answer; so
 * platform sets those limits well above the API's ({@code META-INF/microprofile-config.properties}) and this class
 * refuses what lies between with a problem body. Only a request beyond the Vert.x limits still gets the empty answer.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    /** Quarkus' own check of a declared body size runs at order -2 and answers with an empty body: ours runs first. */
    private static final int BEFORE_BODY_SIZE_CHECK = -3;
    private static final int FIRST = -4;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    HttpLimitsConfig limits;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::refuseOversizeTargetOrHeaders);
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

    /** A request target or headers over the API's limits: 414 or 431 problem, and the connection closed. */
    private void refuseOversizeTargetOrHeaders(RoutingContext context) {
        int maxUriLength = limits.maxUriLength();
        int maxHeaderBytes = limits.maxHeaderBytes();
        if (context.request().uri().length() > maxUriLength) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, new ProblemException(414, "uri-too-long", "URI too long",
                    "The request target is longer than the " + maxUriLength + " characters accepted.")
                    .with("maxLength", maxUriLength));
            return;
        }
        long headerBytes = 0;
        for (var header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, new ProblemException(431, "request-headers-too-large", "Request headers too large",
                    "The request headers are larger than the " + maxHeaderBytes + " bytes accepted.")
                    .with("maxBytes", maxHeaderBytes));
            return;
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
            context.response().end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a problem body", e);
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
