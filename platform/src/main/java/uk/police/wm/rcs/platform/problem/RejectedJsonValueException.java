package uk.police.wm.rcs.platform.problem;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that parsed but breaks an input rule (a control character, a date out of range). Jackson adds the
 * field path as the exception travels up; {@link JsonProblems} then builds the problem naming that field.
 */
public final class RejectedJsonValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, ProblemException> problem;

    /** {@code problem} builds the answer from the client-facing field path ({@code null} for the whole body). */
    public RejectedJsonValueException(JsonParser parser, Class<?> targetType, String message,
            Function<String, ProblemException> problem) {
        super(parser, message, targetType);
        this.problem = problem;
    }

    /** The problem for this value at {@code field}. */
    public ProblemException problem(String field) {
        return problem.apply(field);
    }
}
