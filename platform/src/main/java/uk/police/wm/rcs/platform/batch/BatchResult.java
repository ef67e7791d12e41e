package uk.police.wm.rcs.platform.batch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole batch's result: counts, whether it was a dry run, then one result per record in batch order. */
@Schema(description = "A result per record of a batch, in the order sent, with the counts.")
public record BatchResult(
        int total,
        int created,
        int duplicates,
        int problems,
        @Schema(description = "true: nothing was written; the results are what the batch would give.")
        boolean dryRun,
        List<RecordResult> results) {

    /** The counts of these results. */
    public static BatchResult of(List<RecordResult> results, boolean dryRun) {
        int created = (int) results.stream().filter(r -> r.outcome() == Outcome.CREATED).count();
        int duplicates = (int) results.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).count();
        return new BatchResult(results.size(), created, duplicates, results.size() - created - duplicates, dryRun,
                results);
    }
}
