package uk.police.wm.rcs.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies for requests that never reach JAX-RS: a path no route serves (404).
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    @Inject
    ObjectMapper objectMapper;

    void register(@Observes Router router) {
        // the very last route: reached only when no other route (REST, health, metrics) answered
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        write(context, Problems.notFound("The requested resource does not exist."));
    }

    private void write(RoutingContext context, ProblemException problem) {
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
