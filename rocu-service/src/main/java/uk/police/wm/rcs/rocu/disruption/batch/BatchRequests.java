package uk.police.wm.rcs.rocu.disruption.batch;

import java.time.Instant;
import uk.police.wm.rcs.platform.batch.BatchResult;

/** Responses of the disruption batch jobs (the result itself is the platform's {@link BatchResult}). */
public final class BatchRequests {
    private BatchRequests() {
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
