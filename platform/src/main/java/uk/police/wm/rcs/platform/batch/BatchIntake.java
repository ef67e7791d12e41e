package uk.police.wm.rcs.platform.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.batch.BatchRecordType.Written;
import uk.police.wm.rcs.platform.config.BatchConfig;
import uk.police.wm.rcs.platform.problem.JsonProblems;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.problem.Violation;
import uk.police.wm.rcs.platform.problem.ViolationPaths;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.tracing.ChunkSpans;

/**
 * Batch intake, the same for every record type: reads each record into the single post's request type (the platform's
 * input rules and Bean Validation, as for a single post), checks it by the service's rules, answers a record repeated
 * in the batch as its first, and writes the rest one transaction per chunk of {@code rcs.batch.chunk-size} (a chunk
 * the database refuses is written again record by record, so only the record at fault fails). A dry run does all of
 * it in transactions that are rolled back: its answer is the one a real run would give, and nothing stays.
 */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    BatchConfig config;

    @Inject
    ChunkSpans chunkSpans;

    /** A record that passed every check, waiting to be written. */
    private record Checked<R>(int index, R request, String reference, String content) {
    }

    /**
     * A batch endpoint answered at once: the body (JSON array, NDJSON or CSV, by {@code contentType}) and the
     * {@code dryRun} query parameter as sent, the result per record.
     */
    public <R extends Record> BatchResult receive(byte[] body, String contentType, String dryRun,
            BatchRecordType<R> type, Caller caller) {
        boolean dry = DryRun.parse(dryRun);
        List<JsonNode> records = BatchBodies.parse(body, contentType, type.requestType(), config.maxRecords(), json);
        return run(records, type, caller, dry, processed -> { });
    }

    /** Checks and writes (or, in a dry run, only tries) the records, reporting the number processed after each chunk. */
    public <R extends Record> BatchResult run(List<JsonNode> records, BatchRecordType<R> type, Caller caller,
            boolean dryRun, IntConsumer progress) {
        RecordResult[] results = new RecordResult[records.size()];
        Map<String, Checked<R>> firstByReference = new HashMap<>();
        Map<Integer, Checked<R>> repeats = new HashMap<>();
        List<Checked<R>> toWrite = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                R request = type.check(read(records.get(i), type.requestType()), caller);
                Checked<R> checked = new Checked<>(i, request, type.reference(request), content(request));
                Checked<R> first = firstByReference.putIfAbsent(checked.reference(), checked);
                if (first == null) {
                    toWrite.add(checked);
                } else if (first.content().equals(checked.content())) {
                    repeats.put(i, first);
                } else {
                    throw NaturalKeyConflict.earlierInBatch(checked.reference()).with("field", type.referenceField());
                }
            } catch (ProblemException e) {
                results[i] = RecordResult.problem(i, referenceOf(records.get(i), type), RecordProblem.of(e));
            }
        }
        int chunkSize = config.chunkSize();
        SpanContext batch = chunkSpans.batch();
        for (int from = 0; from < toWrite.size(); from += chunkSize) {
            List<Checked<R>> chunk = toWrite.subList(from, Math.min(from + chunkSize, toWrite.size()));
            Span span = chunkSpans.start("import " + type.recordName() + " chunk", batch, from, chunk.size());
            try (Scope scope = span.makeCurrent()) {
                List<RecordResult> written = writeInTransaction(chunk, type, caller, dryRun);
                written.forEach(r -> results[r.index()] = r);
            } catch (RuntimeException e) {
                // every record was checked, so this is one record the database refused (or the database itself):
                // write the chunk's records one by one, so only the one at fault fails, as that record's problem
                LOG.warnf(e, "A batch chunk of %d records failed and was rolled back; writing them one by one",
                        chunk.size());
                try (Scope scope = span.makeCurrent()) {
                    chunk.forEach(c -> results[c.index()] = writeAlone(c, type, caller, dryRun));
                }
            } finally {
                span.end();
            }
            progress.accept(Math.min(from + chunkSize, toWrite.size()) + (records.size() - toWrite.size()));
        }
        repeats.forEach((index, first) -> results[index] = results[first.index()].at(index));
        List<RecordResult> answered = List.of(results);
        return BatchResult.of(dryRun ? answered.stream().map(RecordResult::dry).toList() : answered, dryRun);
    }

    /** The chunk in a transaction of its own, committed, or rolled back in a dry run. */
    private <R extends Record> List<RecordResult> writeInTransaction(List<Checked<R>> chunk, BatchRecordType<R> type,
            Caller caller, boolean dryRun) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Written> written = type.write(chunk.stream().map(Checked::request).toList(), caller);
                if (written.size() != chunk.size()) {
                    throw new IllegalStateException(written.size() + " results for a chunk of " + chunk.size());
                }
                List<RecordResult> results = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    results.add(result(chunk.get(i), written.get(i)));
                }
                if (dryRun) {
                    // leaving by an exception is what rolls a QuarkusTransaction back (rollback-only fails the call)
                    throw new DryRunRollback(results);
                }
                return results;
            });
        } catch (DryRunRollback rolledBack) {
            return rolledBack.results;
        }
    }

    /** Carries a dry run's results out of the transaction it rolls back. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RecordResult> results;

        DryRunRollback(List<RecordResult> results) {
            super("dry run", null, false, false);
            this.results = results;
        }
    }

    private static <R> RecordResult result(Checked<R> c, Written w) {
        return switch (w.outcome()) {
            case CREATED -> RecordResult.created(c.index(), c.reference(), w.recordId());
            case DUPLICATE -> RecordResult.duplicate(c.index(), c.reference(), w.recordId());
            case PROBLEM -> RecordResult.problem(c.index(), c.reference(), RecordProblem.of(w.problem()));
        };
    }

    /** One record of a failed chunk, in its own transaction; its problem if the database refuses it. */
    private <R extends Record> RecordResult writeAlone(Checked<R> c, BatchRecordType<R> type, Caller caller,
            boolean dryRun) {
        try {
            return writeInTransaction(List.of(c), type, caller, dryRun).get(0);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Record %d of a batch could not be written", c.index());
            return RecordResult.problem(c.index(), c.reference(), RecordProblem.of(unwritable(e)));
        }
    }

    /**
     * Why the database refused one record: a data exception (SQLSTATE class 22) or a broken constraint (23) is the
     * record's own (422, correct it); anything else is the database's (503, resend it). Never the SQL text.
     */
    static ProblemException unwritable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return Problems.unprocessable("unstorable-record", "Record cannot be stored",
                        "The database refused a value of this record; correct it before resending it.");
            }
        }
        return Problems.unavailable("This record could not be written; resend it.");
    }

    /** The record read as a single post's body is, and validated as one. */
    private <R> R read(JsonNode node, Class<R> requestType) {
        R request;
        try {
            request = json.treeToValue(node, requestType);
        } catch (MismatchedInputException e) {
            // the platform's input rules name what is wrong (invalid-character, unknown-field, invalid-type,
            // value-too-long, date-out-of-range, invalid-value) exactly as for a single post
            throw ofThisRecord(JsonProblems.mismatched(e));
        } catch (DatabindException e) {
            throw ofThisRecord(JsonProblems.invalid(e));
        } catch (JsonProcessingException | RuntimeException e) {
            throw Problems.badRequest("The record is not a " + requestType.getSimpleName() + ".");
        }
        if (request == null) {
            throw Problems.badRequest("The record is empty.");
        }
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<Violation> list = ViolationPaths.toViolations(violations);
            ProblemException problem = new ProblemException(400, "validation-failed", "Validation failed",
                    "The record is not valid.").with("violations", list);
            // one field at fault is named as every other problem names it
            return throwWith(problem, list.stream().map(Violation::field).distinct().toList());
        }
        return request;
    }

    private static <R> R throwWith(ProblemException problem, List<String> fields) {
        throw fields.size() == 1 ? problem.with("field", fields.get(0)) : problem;
    }

    /**
     * A record's content refused by the input rules is that record's 422 (the batch itself was well-formed), with the
     * slug, detail and field a single post would get.
     */
    private static ProblemException ofThisRecord(ProblemException e) {
        return new ProblemException(422, e.slug(), e.title(), e.detail(), e.extensions());
    }

    private String content(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked record cannot be written as JSON", e);
        }
    }

    private static String referenceOf(JsonNode node, BatchRecordType<?> type) {
        JsonNode reference = node == null ? null : node.get(type.referenceField());
        return reference == null || !reference.isTextual() ? null : reference.asText();
    }
}
