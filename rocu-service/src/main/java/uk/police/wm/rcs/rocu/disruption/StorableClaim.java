package uk.police.wm.rcs.rocu.disruption;

import java.time.LocalDate;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;

/**
 * Values a claim can hold in JSON and Java but PostgreSQL cannot store: a NUL character in text, a date outside the
 * years 1 to 9999. Checked per record before anything is written, so one such record of a batch is that record's
 * 422 naming its field, never a failed write of its whole chunk.
 */
final class StorableClaim {

    static final String PROBLEM = "unstorable-value";

    private StorableClaim() {
    }

    static void require(ClaimDisruption claim) {
        text("sourceRecordId", claim.sourceRecordId());
        text("ocgReference", claim.ocgReference());
        text("priorityIndividualRef", claim.priorityIndividualRef());
        text("narrative", claim.narrative());
        if (claim.caveats() != null) {
            claim.caveats().forEach(caveat -> text("caveats", caveat));
        }
        date("disruptedOn", claim.disruptedOn());
    }

    private static void text(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw unstorable(field, "Field " + field + " holds a NUL character, which cannot be stored.");
        }
    }

    private static void date(String field, LocalDate value) {
        if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
            throw unstorable(field, "Field " + field + " is outside the years 1 to 9999.");
        }
    }

    private static ProblemException unstorable(String field, String detail) {
        return Problems.unprocessable(PROBLEM, "Value cannot be stored", detail).with("field", field);
    }
}
