package uk.police.wm.rcs.platform.problem;

import java.time.Duration;

/**
 * Static factories for the problems services raise; each names its slug under {@link ProblemException#TYPE_BASE}.
 */
public final class Problems {

    private Problems() {
    }

    /** 400 {@code bad-request}. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    /** 400 with a specific slug and title, e.g. {@code badRequest("invalid-cursor", "Invalid cursor", ...)}. */
    public static ProblemException badRequest(String slug, String title, String detail) {
        return new ProblemException(400, slug, title, detail);
    }

    /** 403 {@code forbidden}: authenticated but not allowed. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 404 {@code not-found}. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    /** 409 {@code conflict}: the request conflicts with the resource's current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /** 409 with a specific slug and title, e.g. {@code conflict("already-moderated", "Already moderated", ...)}. */
    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    /** 412 {@code precondition-failed}: {@code If-Match} names a version that is no longer current. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    /** 422 {@code unprocessable}: well-formed but breaks a business rule. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Unprocessable content", detail);
    }

    /** 422 with a specific slug and title, e.g. {@code unprocessable("invalid-transition", "Invalid transition", ...)}. */
    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    /** 428 {@code precondition-required}: a conditional header such as {@code If-Match} is missing. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail);
    }

    /** 429 {@code too-many-requests}, with {@code Retry-After} in whole seconds. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(429, "too-many-requests", "Too many requests", detail)
                .withHeader("Retry-After", Long.toString(seconds));
    }

    /** 503 {@code unavailable}, for a dependency that is down. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail);
    }
}
