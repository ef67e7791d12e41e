package uk.police.wm.rcs.platform.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import uk.police.wm.rcs.platform.correlation.CorrelationId;

/**
 * The one set of JAX-RS exception mappers: every error leaves as {@code application/problem+json}.
 */
public class ProblemMappers {

    /** Ahead of Quarkus' built-in mappers (which use {@code Priorities.USER} or {@code USER + 1}). */
    static final int PRIORITY = Priorities.USER - 100;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.WWW_AUTHENTICATE, "Allow", HttpHeaders.RETRY_AFTER,
            HttpHeaders.ETAG, HttpHeaders.VARY, "Accept-Post", "Accept-Patch");

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, HttpServerRequest request) {
        if (e.status() >= 500) {
            LOG.errorf(e, "%d %s answered for %s %s", e.status(), e.slug(), request.method(), request.path());
        }
        return ProblemResponses.response(e, request.path());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations != null && violations.stream().anyMatch(ViolationPaths::isReturnValue)) {
            // a response that breaks its own constraints is our bug, not the client's
            return internalError(e, request);
        }
        return ProblemResponses.response(validationFailed(violations), request.path());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, HttpServerRequest request) {
        // a ValidationException that is not a ConstraintViolationException is a broken constraint definition
        return internalError(e, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return ProblemResponses.response(jsonProblem(e), request.path());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalidDefinition(InvalidDefinitionException e, HttpServerRequest request) {
        return internalError(e, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        ProblemException jsonProblem = jsonProblem(e.getCause());
        if (jsonProblem != null) {
            return ProblemResponses.response(jsonProblem, request.path());
        }
        if (e.getCause() instanceof ProblemException problem) {
            // raised by a parameter converter (a date out of range) and wrapped by JAX-RS
            return problem(problem, request);
        }
        if (e instanceof NotFoundException && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (int from "abc", UUID from "x");
            // the client sent a malformed value, so say so
            return ProblemResponses.response(new ProblemException(400, "invalid-parameter", "Invalid parameter",
                    "A path or query parameter has a value of the wrong type or format."), request.path());
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return internalError(e, request);
        }
        ProblemException problem = forStatus(status, e, request);
        for (String name : KEPT_HEADERS) {
            String value = original.getHeaderString(name);
            if (value != null) {
                problem = problem.withHeader(name, value);
            }
        }
        return ProblemResponses.response(problem, request.path());
    }

    @ServerExceptionMapper(value = { UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class }, priority = PRIORITY)
    public Uni<Response> unauthorized(RoutingContext context, HttpServerRequest request) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(unauthorizedResponse(null, request));
        }
        return authenticator.getChallenge(context)
                .map(challenge -> unauthorizedResponse(challenge, request))
                .onFailure().recoverWithItem(() -> unauthorizedResponse(null, request));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.response(Problems.forbidden("You are not allowed to do this."), request.path());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // look through wrappers (transaction rollbacks, CDI and completion wrappers) for something we can name
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation, request);
            }
            if (cause instanceof WebApplicationException web) {
                return webApplication(web, request);
            }
            String name = cause.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")
                    || name.equals("StaleStateException")) {
                return ProblemResponses.response(Problems.preconditionFailed(
                        "The resource was changed by someone else meanwhile; fetch it again and retry."),
                        request.path());
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return ProblemResponses.response(Problems.conflict(
                        "The request conflicts with an existing record."), request.path());
            }
            ProblemException unavailable = dependencyUnavailable(cause);
            if (unavailable != null) {
                LOG.warnf("%s %s answered 503: %s", request.method(), request.path(), cause.getMessage());
                return ProblemResponses.response(unavailable, request.path());
            }
        }
        return internalError(e, request);
    }

    /**
     * A 503 problem with {@code Retry-After} when {@code cause} says a dependency is away rather than that we have a
     * bug: the database (see {@link #databaseUnavailable}), or the identity provider, whose keys an instance started
     * while it was down has not fetched yet (Quarkus OIDC then fails the request with an {@code OIDCException}; it
     * tries again at the next request). Null for anything else.
     */
    static ProblemException dependencyUnavailable(Throwable cause) {
        if (cause instanceof SQLException sql && databaseUnavailable(sql)) {
            return Problems.unavailable("The database is overloaded or unreachable; nothing was written. Retry shortly.")
                    .withHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        if (cause instanceof OIDCException) {
            return Problems.unavailable("The identity provider cannot be reached to verify the token; nothing was done."
                    + " Retry shortly.").withHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        return null;
    }

    /**
     * No connection to be had: the pool's wait ran out (every connection busy: overload), or PostgreSQL refused or
     * dropped the connection (SQLSTATE classes 08 and 53, or an administrator's shutdown, 57P01-57P03). The request
     * wrote nothing, so the caller may simply retry.
     */
    static boolean databaseUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        return sql.getCause() instanceof TimeoutException
                || state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0"));
    }

    /** A 400 {@code validation-failed} problem listing each violation by client-facing field. */
    public static ProblemException validationFailed(Set<? extends ConstraintViolation<?>> violations) {
        List<Violation> list = ViolationPaths.toViolations(violations);
        String detail = list.size() == 1 ? "1 field is invalid." : list.size() + " fields are invalid.";
        return new ProblemException(400, "validation-failed", "Validation failed", detail)
                .with("violations", list);
    }

    private static ProblemException jsonProblem(Throwable cause) {
        // a failure the parser raised may arrive wrapped by databind (with a path): the parser's own reason decides
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException read) {
                ProblemException duplicate = JsonProblems.duplicate(read);
                if (duplicate != null) {
                    return duplicate;
                }
            }
            if (c instanceof StreamConstraintsException) {
                return tooLargeJson();
            }
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return JsonProblems.mismatched(mismatched);
        }
        if (cause instanceof StreamReadException read) {
            return JsonProblems.malformed(read);
        }
        if (cause instanceof DatabindException databind && !(cause instanceof InvalidDefinitionException)) {
            return JsonProblems.invalid(databind);
        }
        if (cause instanceof JsonProcessingException processing && !(cause instanceof InvalidDefinitionException)) {
            return JsonProblems.malformed(processing);
        }
        return null;
    }

    private static ProblemException tooLargeJson() {
        return new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body exceeds the JSON size limits (nesting, number or string length).");
    }

    private static ProblemException forStatus(int status, WebApplicationException e, HttpServerRequest request) {
        return switch (status) {
            case 400 -> Problems.badRequest("The request is not valid for this resource.");
            case 401 -> new ProblemException(401, "unauthorized", "Unauthorized",
                    "Authentication is required: send a valid bearer token.");
            case 403 -> Problems.forbidden("You are not allowed to do this.");
            case 404 -> Problems.notFound("The requested resource does not exist.");
            case 405 -> new ProblemException(405, "method-not-allowed", "Method not allowed",
                    allowedDetail(request.method().name(), e));
            case 406 -> new ProblemException(406, "not-acceptable", "Not acceptable",
                    "This resource cannot produce any media type listed in Accept ("
                            + safeHeader(request.getHeader(HttpHeaders.ACCEPT)) + "); ask for application/json.");
            case 409 -> Problems.conflict("The request conflicts with the resource's current state.");
            case 412 -> Problems.preconditionFailed("A precondition of the request did not hold.");
            case 413 -> new ProblemException(413, "payload-too-large", "Payload too large",
                    "The request body is too large.");
            case 415 -> new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "The content type " + safeHeader(request.getHeader(HttpHeaders.CONTENT_TYPE))
                            + " is not supported here; send application/json.");
            case 422 -> Problems.unprocessable("The request cannot be processed.");
            case 428 -> Problems.preconditionRequired("This request must be conditional.");
            case 429 -> new ProblemException(429, "too-many-requests", "Too many requests",
                    "Too many requests; retry later.");
            default -> new ProblemException(status, "http-" + status,
                    statusTitle(status), "The request failed with HTTP status " + status + ".");
        };
    }

    private static String allowedDetail(String method, WebApplicationException e) {
        if (e instanceof NotAllowedException notAllowed && notAllowed.getResponse() != null) {
            String allow = notAllowed.getResponse().getHeaderString("Allow");
            if (allow != null && !allow.isBlank()) {
                return "Method " + method + " is not allowed here; allowed: " + allow + ".";
            }
        }
        return "Method " + method + " is not allowed here.";
    }

    private static String statusTitle(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String safeHeader(String value) {
        if (value == null || value.isBlank()) {
            return "(none)";
        }
        String trimmed = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return "'" + trimmed.replaceAll("[\\p{Cntrl}]", "?") + "'";
    }

    private static Response unauthorizedResponse(ChallengeData challenge, HttpServerRequest request) {
        if (challenge != null && challenge.status != 401) {
            // e.g. a redirect to a login page: not a problem, pass it through as the authenticator built it
            Response.ResponseBuilder builder = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> builder.header(name.toString(), value));
            return builder.build();
        }
        ProblemException problem = new ProblemException(401, "unauthorized", "Unauthorized",
                "Authentication is required: send a valid bearer token.");
        if (challenge != null) {
            for (var header : challenge.getHeaders().entrySet()) {
                problem = problem.withHeader(header.getKey().toString(), header.getValue());
            }
        } else {
            problem = problem.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return ProblemResponses.response(problem, request.path());
    }

    private static Response internalError(Throwable e, HttpServerRequest request) {
        String correlationId = CorrelationId.current().orElse("none");
        LOG.errorf(e, "Unexpected error on %s %s (correlation id %s)", request.method(), request.path(), correlationId);
        ProblemException problem = new ProblemException(500, "internal-error", "Internal server error",
                "An unexpected error occurred. Quote correlation id " + correlationId + " when reporting it.");
        return ProblemResponses.response(problem, request.path());
    }
}
