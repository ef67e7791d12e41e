package uk.police.wm.rcs.platform.openapi;

import java.util.List;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * The problem types each cross-cutting answer can carry, as the contract lists them. An operation names its own
 * extra types on its {@code @APIResponse} with the extension {@link #EXTENSION}: slugs separated by spaces, e.g.
 * {@code @Extension(name = ProblemTypes.EXTENSION, value = "marking-above-clearance")}.
 */
public final class ProblemTypes {

    /** Extension on a response: the problem types (full URIs in the served document) it can carry. */
    public static final String EXTENSION = "x-problem-types";

    /** Any request: a query, path or header parameter the platform refuses (ParameterRules, PageRequest). */
    static final List<String> PARAMETER = List.of("invalid-parameter", "invalid-character", "invalid-limit",
            "invalid-cursor", "date-out-of-range", "bad-request");
    /** A request with a JSON body (StrictJsonCustomizer, Bean Validation). */
    static final List<String> BODY = List.of("validation-failed", "malformed-json", "invalid-value",
            "unknown-field", "invalid-type", "duplicate-field", "value-too-long");

    private ProblemTypes() {
    }

    /** The full type URI of a slug. */
    static String uri(String slug) {
        return ProblemException.TYPE_BASE + slug;
    }
}
