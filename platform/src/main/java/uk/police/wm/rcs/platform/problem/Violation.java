package uk.police.wm.rcs.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One failed constraint in a {@code validation-failed} problem: the field as the client names it, and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, String message) {
}
