package uk.police.wm.rcs.platform.problem;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.police.wm.rcs.platform.correlation.CorrelationId;

/**
 * Builds {@code application/problem+json} responses; the one place a problem body is assembled.
 */
public final class ProblemResponses {

    /** {@code application/problem+json}. */
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    private ProblemResponses() {
    }

    /** The body for a problem raised while serving {@code instance} (the request path). */
    public static ProblemDetail body(ProblemException problem, String instance) {
        return new ProblemDetail(problem.type().toString(), problem.title(), problem.status(), problem.detail(),
                instance, CorrelationId.current().orElse(null), problem.extensions());
    }

    /** The full response: status, problem body, content type and any headers the problem carries. */
    public static Response response(ProblemException problem, String instance) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .entity(body(problem, instance))
                .type(PROBLEM_JSON_TYPE);
        for (Map.Entry<String, String> header : problem.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        return builder.build();
    }
}
