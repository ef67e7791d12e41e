package uk.police.wm.rcs.platform.problem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

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

    /**
     * 400 {@code invalid-character}: a text value holds a control character (NUL above all), a bidirectional
     * formatting character or a lone surrogate (the rule: {@code input.InputRules.isForbidden});
     * {@code field} as the client names it (a body field path or a parameter name), {@code null} for the whole body.
     */
    public static ProblemException invalidCharacter(String field) {
        String where = field == null ? "The request body" : "The field '" + field + "'";
        return new ProblemException(400, "invalid-character", "Invalid character",
                where + " contains a control character (only tab, line feed and carriage return are accepted), a"
                        + " bidirectional formatting character (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069)"
                        + " or an unpaired surrogate.")
                .with("field", field);
    }

    /** 400 {@code date-out-of-range}: a date outside {@code min}..{@code max}, which the services do not store. */
    public static ProblemException dateOutOfRange(String field, LocalDate min, LocalDate max) {
        String where = field == null ? "The date" : "The field '" + field + "'";
        return new ProblemException(400, "date-out-of-range", "Date out of range",
                where + " must be a date from " + min + " to " + max + ".")
                .with("field", field)
                .with("min", min.toString())
                .with("max", max.toString());
    }

    /**
     * 400 {@code value-too-long}: one JSON string longer than any field of any service holds ({@code maxLength}
     * characters), refused before it reaches validation or storage; {@code field} as the client names it.
     */
    public static ProblemException valueTooLong(String field, int maxLength) {
        String where = field == null ? "A string in the request body" : "The field '" + field + "'";
        return new ProblemException(400, "value-too-long", "Value too long",
                where + " is longer than " + maxLength + " characters.")
                .with("field", field)
                .with("maxLength", maxLength);
    }

    /** 400 {@code duplicate-field}: a JSON object names the same member twice, so which one was meant is unknown. */
    public static ProblemException duplicateField(String field) {
        return new ProblemException(400, "duplicate-field", "Duplicate field",
                "The field '" + field + "' appears more than once in one JSON object; send it once.")
                .with("field", field);
    }

    /** 403 {@code forbidden}: authenticated but not allowed. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 404 {@code not-found}. */
    /** The uuid {@code id} names, or a 404 problem with {@code detail}: an id that is no uuid names no record. */
    public static UUID idOrNotFound(String id, String detail) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(detail);
        }
    }

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
