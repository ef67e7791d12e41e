package uk.police.wm.rcs.platform.batch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Violation;

/**
 * The problem that stopped one record, as problem+json would state it for a single post: {@code field} names the one
 * field at fault when there is one (a 422 {@code invalid-value}, {@code marking-above-clearance}, ...),
 * {@code violations} each field of a 400 {@code validation-failed}.
 */
@Schema(description = "Why one record of a batch was refused, as a single post of it would be answered.")
public record RecordProblem(
        @Schema(description = "The HTTP status a single post of this record would get.") int status,
        @Schema(description = "The problem type (https://rcs.wm.police.uk/problems/<slug>).") String type,
        String title,
        String detail,
        @Schema(description = "The field at fault, as the record names it (a JSON member, a CSV column).")
        String field,
        @Schema(description = "Each field that failed validation, with why.") List<Violation> violations) {

    /** The problem a {@link ProblemException} states. */
    @SuppressWarnings("unchecked")
    public static RecordProblem of(ProblemException e) {
        Object violations = e.extensions().get("violations");
        Object field = e.extensions().get("field");
        return new RecordProblem(e.status(), e.type().toString(), e.title(), e.detail(),
                field == null ? null : field.toString(),
                violations instanceof List<?> list ? (List<Violation>) list : null);
    }
}
