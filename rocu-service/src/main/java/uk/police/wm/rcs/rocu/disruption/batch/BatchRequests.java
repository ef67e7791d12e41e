package uk.police.wm.rcs.rocu.disruption.batch;

import java.time.Instant;
import java.util.List;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Violation;

/** Responses of the disruption batch import. */
public final class BatchRequests {
    private BatchRequests() {
    }

    /** What happened to one record of a batch. */
    public enum Outcome {
        CREATED, DUPLICATE, PROBLEM
    }

    /**
     * The problem that stopped one record, as problem+json would state it for a single post: {@code field} names the
     * one field at fault when there is one (e.g. a 422 {@code marking-above-clearance} or {@code unstorable-value}).
     */
    public record RecordProblem(int status, String type, String title, String detail, String field,
            List<Violation> violations) {

        @SuppressWarnings("unchecked")
        static RecordProblem of(ProblemException e) {
            Object violations = e.extensions().get("violations");
            Object field = e.extensions().get("field");
            return new RecordProblem(e.status(), e.type().toString(), e.title(), e.detail(),
                    field == null ? null : field.toString(),
                    violations instanceof List<?> list ? (List<Violation>) list : null);
        }
    }

    /** One record's result, by its position in the batch (from 0) and its source record id when it had one. */
    public record RecordResult(int index, String sourceRecordId, Outcome outcome, String disruptionId,
            RecordProblem problem) {
    }

    /** The whole batch's result: counts, then one result per record in batch order. */
    public record BatchResult(int total, int created, int duplicates, int problems, List<RecordResult> results) {

        static BatchResult of(List<RecordResult> results) {
            int created = (int) results.stream().filter(r -> r.outcome() == Outcome.CREATED).count();
            int duplicates = (int) results.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).count();
            return new BatchResult(results.size(), created, duplicates, results.size() - created - duplicates, results);
        }
    }

    /** Status of a batch job. */
    public enum JobStatus {
        RUNNING, COMPLETED, FAILED
    }

    /** A batch job: progress while it runs, the result once completed. */
    public record BatchJobView(String id, JobStatus status, int total, int processed, Instant submittedAt,
            Instant finishedAt, BatchResult result) {
    }
}
