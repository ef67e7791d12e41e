package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.databind.JsonMappingException;
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
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.JsonProblems;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.problem.ViolationPaths;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.tracing.ChunkSpans;
import uk.police.wm.rcs.rocu.config.RocuConfig;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionMapper;
import uk.police.wm.rcs.rocu.disruption.DisruptionRow;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.BatchResult;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.Outcome;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.RecordProblem;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.RecordResult;

/**
 * Imports a night's disruptions: checks every record, writes the good ones one transaction per chunk (a chunk is
 * written whole or not at all), and answers per record: created, duplicate, or the problem.
 */
@ApplicationScoped
public class DisruptionBatchService {

    private static final Logger LOG = Logger.getLogger(DisruptionBatchService.class);

    @Inject
    DisruptionService disruptions;

    @Inject
    AuditLog auditLog;

    @Inject
    Outbox outbox;

    @Inject
    ChunkSpans chunkSpans;

    @Inject
    Validator validator;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    RocuConfig config;

    /** A record that passed every check, waiting to be written. */
    private record Checked(int index, ClaimDisruption claim, String fingerprint) {
    }

    /** Imports the records for the caller's force, reporting the number processed after each chunk. */
    public BatchResult importAll(List<JsonNode> records, Caller caller, IntConsumer progress) {
        ForceScope.ownForce(caller);
        RecordResult[] results = new RecordResult[records.size()];
        Map<String, Checked> firstBySource = new HashMap<>();
        Map<Integer, Checked> repeats = new HashMap<>();
        List<Checked> toWrite = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                ClaimDisruption claim = disruptions.checkedClaim(read(records.get(i)), caller);
                Checked checked = new Checked(i, claim, DisruptionMapper.fingerprint(claim));
                Checked first = firstBySource.putIfAbsent(claim.sourceRecordId(), checked);
                if (first == null) {
                    toWrite.add(checked);
                } else if (first.fingerprint().equals(checked.fingerprint())) {
                    repeats.put(i, first);
                } else {
                    throw conflict(claim.sourceRecordId(), "appears earlier in this batch with different content");
                }
            } catch (ProblemException e) {
                results[i] = problem(i, records.get(i), e);
            }
        }
        int chunkSize = config.batch().chunkSize();
        SpanContext batch = chunkSpans.batch();
        for (int from = 0; from < toWrite.size(); from += chunkSize) {
            List<Checked> chunk = toWrite.subList(from, Math.min(from + chunkSize, toWrite.size()));
            Span span = chunkSpans.start("import disruption chunk", batch, from, chunk.size());
            try (Scope scope = span.makeCurrent()) {
                QuarkusTransaction.requiringNew().call(() -> writeChunk(chunk, caller))
                        .forEach(r -> results[r.index()] = r);
            } catch (RuntimeException e) {
                // every record was checked, so this is one record the database refused (or the database itself):
                // write the chunk's records one by one, so only the one at fault fails, as that record's problem
                LOG.warnf(e, "A batch chunk of %d records failed and was rolled back; writing them one by one",
                        chunk.size());
                try (Scope scope = span.makeCurrent()) {
                    chunk.forEach(c -> results[c.index()] = writeAlone(c, records.get(c.index()), caller));
                }
            } finally {
                span.end();
            }
            progress.accept(Math.min(from + chunkSize, toWrite.size()) + (records.size() - toWrite.size()));
        }
        repeats.forEach((index, first) -> {
            RecordResult original = results[first.index()];
            results[index] = original.outcome() == Outcome.PROBLEM
                    ? new RecordResult(index, original.sourceRecordId(), Outcome.PROBLEM, null, original.problem())
                    : new RecordResult(index, original.sourceRecordId(), Outcome.DUPLICATE, original.disruptionId(), null);
        });
        return BatchResult.of(List.of(results));
    }

    /** One record of a failed chunk, in its own transaction; its problem if the database refuses it. */
    private RecordResult writeAlone(Checked c, JsonNode record, Caller caller) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> writeChunk(List.of(c), caller)).get(0);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Record %d of a batch could not be written", c.index());
            return problem(c.index(), record, unwritable(e));
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

    private List<RecordResult> writeChunk(List<Checked> chunk, Caller caller) {
        List<String> sourceIds = chunk.stream().map(c -> c.claim().sourceRecordId()).toList();
        Map<String, Existing> existing = existing(caller.force().get(), sourceIds);
        List<RecordResult> written = new ArrayList<>(chunk.size());
        List<Disruption> fresh = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<Outbox.NewEvent> events = new ArrayList<>();
        for (Checked c : chunk) {
            String sourceId = c.claim().sourceRecordId();
            Existing old = existing.get(sourceId);
            if (old == null) {
                Disruption d = disruptions.newDisruption(c.claim(), c.fingerprint(), caller);
                fresh.add(d);
                events.add(DisruptionService.claimedEvent(d));
                created.add(d.id.toString());
                written.add(new RecordResult(c.index(), sourceId, Outcome.CREATED, d.id.toString(), null));
            } else if (old.contentHash().equals(c.fingerprint())) {
                written.add(new RecordResult(c.index(), sourceId, Outcome.DUPLICATE, old.id(), null));
            } else {
                LOG.warnf("Natural key conflict in a batch: %s sent record %s of force %s with different content",
                        caller.subject(), sourceId, caller.force().get());
                written.add(new RecordResult(c.index(), sourceId, Outcome.PROBLEM, null, RecordProblem.of(
                        conflict(sourceId, "was already claimed with different content; amend it with PUT")
                                .with("disruptionId", old.id()))));
            }
        }
        insert(fresh);
        outbox.appendAll(events);
        if (!created.isEmpty()) {
            auditLog.record(AuditEntry.of(AuditOperation.COLLECTION, DisruptionService.RECORD_TYPE, created), caller);
        }
        return written;
    }

    /** The chunk's new disruptions as one JDBC batch in the chunk's transaction (no entity bookkeeping). */
    private void insert(List<Disruption> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            DisruptionRow.insertAll(connection, fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + fresh.size() + " disruptions of a batch chunk", e);
        }
    }

    /** A record already claimed: its id and content fingerprint. */
    private record Existing(String id, String contentHash) {
    }

    /**
     * The chunk's records already claimed by the force, one unique-index probe per source id: a plain
     * {@code IN (...)} list lets the planner pick a scan of the force's rows on a table without statistics yet
     * ({@code offset 0} keeps the lateral probe from being flattened into such a join).
     */
    private static Map<String, Existing> existing(Force force, List<String> sourceIds) {
        List<?> rows = Disruption.getEntityManager().createNativeQuery("""
                select d.source_record_id, cast(d.id as text), d.content_hash
                from unnest(cast(?1 as text[])) k(source_record_id)
                cross join lateral (select id, source_record_id, content_hash from disruption
                                    where force = ?2 and source_record_id = k.source_record_id offset 0) d""")
                .setParameter(1, sourceIds.toArray(String[]::new)).setParameter(2, force.name()).getResultList();
        Map<String, Existing> found = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.put((String) columns[0], new Existing((String) columns[1], (String) columns[2]));
        }
        return found;
    }

    private ClaimDisruption read(JsonNode node) {
        ClaimDisruption claim;
        try {
            claim = json.treeToValue(node, ClaimDisruption.class);
        } catch (MismatchedInputException e) {
            // the platform's input rules name what is wrong (invalid-character, unknown-field, invalid-type,
            // value-too-long, date-out-of-range, invalid-value) exactly as for a single claim
            throw ofThisRecord(JsonProblems.mismatched(e));
        } catch (JsonMappingException e) {
            throw ofThisRecord(JsonProblems.invalid(e));
        } catch (Exception e) {
            throw Problems.badRequest("The record is not a disruption claim.");
        }
        if (claim == null) {
            throw Problems.badRequest("The record is empty.");
        }
        Set<ConstraintViolation<ClaimDisruption>> violations = validator.validate(claim);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "Validation failed", "The record is not valid.")
                    .with("violations", ViolationPaths.toViolations(violations));
        }
        return claim;
    }

    /**
     * A record's content refused by the input rules is that record's 422 (the batch itself was well-formed JSON), with
     * the slug, detail and field a single claim would get.
     */
    private static ProblemException ofThisRecord(ProblemException e) {
        return new ProblemException(422, e.slug(), e.title(), e.detail(), e.extensions());
    }

    private static ProblemException conflict(String sourceId, String why) {
        return Problems.conflict("natural-key-conflict", "Record already claimed with different content",
                "Record " + sourceId + " " + why + ".");
    }

    private static RecordResult problem(int index, JsonNode node, ProblemException e) {
        JsonNode source = node == null ? null : node.get("sourceRecordId");
        return new RecordResult(index, source == null || !source.isTextual() ? null : source.asText(),
                Outcome.PROBLEM, null, RecordProblem.of(e));
    }
}
