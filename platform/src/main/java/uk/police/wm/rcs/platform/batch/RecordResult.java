package uk.police.wm.rcs.platform.batch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record's result, by its position in the batch ({@code index} from 0, {@code row} from 1: the JSON array's
 * element, the NDJSON record or the CSV data row, the header row not counted) and its own reference when it had one.
 */
@Schema(description = "The result of one record of a batch.")
public record RecordResult(
        @Schema(description = "Position in the batch, from 0.") int index,
        @Schema(description = "Position in the batch, from 1: the array element, the NDJSON record, or the CSV data "
                + "row (the header row is not counted, blank lines are skipped).") int row,
        @Schema(description = "The record's own reference as sent (a disruption's sourceRecordId, a referral's "
                + "actionFraudReference, a Protect activity's reference), when it had one.") String reference,
        Outcome outcome,
        @Schema(description = "The id of the record created, or of the one this record duplicates; none in a dry run "
                + "for a record that would be new.") String recordId,
        @Schema(description = "Why the record was refused, for PROBLEM.") RecordProblem problem) {

    /** A refused record. */
    public static RecordResult problem(int index, String reference, RecordProblem problem) {
        return new RecordResult(index, index + 1, reference, Outcome.PROBLEM, null, problem);
    }

    /** A record created (or that would be, in a dry run: then without an id). */
    public static RecordResult created(int index, String reference, String recordId) {
        return new RecordResult(index, index + 1, reference, Outcome.CREATED, recordId, null);
    }

    /** A record received before. */
    public static RecordResult duplicate(int index, String reference, String recordId) {
        return new RecordResult(index, index + 1, reference, Outcome.DUPLICATE, recordId, null);
    }

    /** This result as the one of another position in the batch (a record repeated in the batch). */
    RecordResult at(int otherIndex) {
        return new RecordResult(otherIndex, otherIndex + 1, reference, outcome == Outcome.CREATED ? Outcome.DUPLICATE
                : outcome, recordId, problem);
    }

    /** As a dry run answers it: a record that would be new has no id yet. */
    RecordResult dry() {
        return outcome == Outcome.CREATED ? new RecordResult(index, row, reference, outcome, null, null) : this;
    }
}
