package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchJobView;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.JobStatus;

/** Runs large batches in the background, one at a time, and reports their progress and result. */
@ApplicationScoped
public class BatchJobService {

    private static final Logger LOG = Logger.getLogger(BatchJobService.class);
    private static final String NOT_FOUND = "No such batch job.";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rocu-batch-import");
        t.setDaemon(true);
        return t;
    });

    @Inject
    DisruptionBatchService batches;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Records the job and starts it; returns at once. */
    public BatchJobView submit(List<JsonNode> records, Caller caller) {
        BatchJob job = QuarkusTransaction.requiringNew().call(() -> {
            BatchJob j = new BatchJob();
            j.id = UUID.randomUUID();
            j.force = ForceScope.ownForce(caller);
            j.submittedBy = caller.subject();
            j.status = JobStatus.RUNNING;
            j.total = records.size();
            j.submittedAt = Instant.now(clock);
            j.persist();
            return j;
        });
        UUID id = job.id;
        // the job's chunks link to the trace of the request that submitted it
        worker.submit(Context.current().wrap(() -> run(id, records, caller)));
        return view(job);
    }

    private void run(UUID id, List<JsonNode> records, Caller caller) {
        try {
            BatchResult result = batches.importAll(records, caller, false, processed -> QuarkusTransaction.requiringNew()
                    .run(() -> BatchJob.update("processed = ?1 where id = ?2", processed, id)));
            String text = json.writeValueAsString(result);
            finish(id, JobStatus.COMPLETED, records.size(), text);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "Batch job %s failed", id);
            finish(id, JobStatus.FAILED, null, null);
        }
    }

    private void finish(UUID id, JobStatus status, Integer processed, String result) {
        QuarkusTransaction.requiringNew().run(() -> {
            BatchJob job = BatchJob.findById(id);
            job.status = status;
            job.processed = processed == null ? job.processed : processed;
            job.result = result;
            job.finishedAt = Instant.now(clock);
        });
    }

    /** A job of the caller's own (same subject, or same force): 404 otherwise. */
    public BatchJobView find(UUID id, Caller caller) {
        BatchJob job = QuarkusTransaction.requiringNew().call(() -> BatchJob.<BatchJob>findById(id));
        if (job == null || !(caller.subject().equals(job.submittedBy) || caller.belongsTo(job.force))) {
            throw Problems.notFound(NOT_FOUND);
        }
        return view(job);
    }

    private BatchJobView view(BatchJob job) {
        try {
            BatchResult result = job.result == null ? null : json.readValue(job.result, BatchResult.class);
            return new BatchJobView(job.id.toString(), job.status, job.total, job.processed, job.submittedAt,
                    job.finishedAt, result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable batch result of job " + job.id, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
