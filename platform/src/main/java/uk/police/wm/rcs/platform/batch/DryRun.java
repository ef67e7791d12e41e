package uk.police.wm.rcs.platform.batch;

import jakarta.ws.rs.core.UriInfo;
import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * {@code ?dryRun=true} on a batch endpoint: every record is checked and written as it would be, in transactions that
 * are rolled back, so the answer is the real one and nothing stays (no record, event, audit entry or idempotency key).
 */
public final class DryRun {

    /** The query parameter. */
    public static final String PARAMETER = "dryRun";
    public static final String DESCRIPTION = "true: check every record and answer what the batch would give, "
            + "writing nothing (no record, no event, no audit entry, no Idempotency-Key kept); always answered at once "
            + "(200), however many records.";

    private DryRun() {
    }

    /** The parameter's value: absent or {@code false} is a real run; anything but true/false is a 400 naming it. */
    public static boolean parse(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ProblemException(400, "invalid-parameter", "Invalid parameter", "dryRun is true or false.")
                .with("field", PARAMETER);
    }

    /** Whether a request asks for a dry run (the idempotency filter then keeps no key); a bad value is not one. */
    public static boolean requested(UriInfo uri) {
        String value = uri.getQueryParameters().getFirst(PARAMETER);
        return value != null && value.equalsIgnoreCase("true");
    }
}
