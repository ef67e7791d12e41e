package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.batch.BatchIntake;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionMapper;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionRow;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.ocg.OcgReferences;

/**
 * Disruptions as a batch record type of the platform's {@link BatchIntake}: each record is checked as a single claim
 * is, and a chunk's new disruptions go in as one JDBC batch with their events and one audit entry.
 */
@ApplicationScoped
public class DisruptionBatchService {

    private static final Logger LOG = Logger.getLogger(DisruptionBatchService.class);

    @Inject
    DisruptionService disruptions;

    @Inject
    BatchIntake intake;

    @Inject
    AuditLog auditLog;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    OcgReferences ocgs;

    /** Imports (or, in a dry run, tries) the records for the caller's force, reporting progress after each chunk. */
    public BatchResult importAll(List<JsonNode> records, Caller caller, boolean dryRun, IntConsumer progress) {
        ForceScope.ownForce(caller);
        return intake.run(records, new Claims(), caller, dryRun, progress);
    }

    /** The claims of one batch: the register is asked once per OCG reference the batch cites. */
    private final class Claims implements BatchRecordType<ClaimDisruption> {

        private final Map<String, OcgReferences.Standing> ocgStandings = new HashMap<>();

        @Override
        public Class<ClaimDisruption> requestType() {
            return ClaimDisruption.class;
        }

        @Override
        public String recordName() {
            return "disruption";
        }

        @Override
        public String referenceField() {
            return "sourceRecordId";
        }

        @Override
        public String reference(ClaimDisruption checked) {
            return checked.sourceRecordId();
        }

        @Override
        public ClaimDisruption check(ClaimDisruption request, Caller caller) {
            return disruptions.checkedClaim(request, caller,
                    reference -> ocgStandings.computeIfAbsent(reference, r -> ocgs.standing(r, caller)));
        }

        @Override
        public List<Written> write(List<ClaimDisruption> chunk, Caller caller) {
            List<String> sourceIds = chunk.stream().map(ClaimDisruption::sourceRecordId).toList();
            Map<String, Existing> existing = existing(caller.force().get(), sourceIds);
            List<Written> written = new ArrayList<>(chunk.size());
            List<Disruption> fresh = new ArrayList<>();
            List<String> created = new ArrayList<>();
            List<DisruptionClaimedEvent> events = new ArrayList<>();
            for (ClaimDisruption claim : chunk) {
                String fingerprint = DisruptionMapper.fingerprint(claim);
                Existing old = existing.get(claim.sourceRecordId());
                if (old == null) {
                    Disruption d = disruptions.newDisruption(claim, fingerprint, caller);
                    fresh.add(d);
                    events.add(DisruptionMapper.claimed(d));
                    created.add(d.id.toString());
                    written.add(Written.created(d.id.toString()));
                } else if (old.contentHash().equals(fingerprint)) {
                    written.add(Written.duplicate(old.id()));
                } else {
                    LOG.warnf("Natural key conflict in a batch: %s sent record %s of force %s with different content",
                            caller.subject(), claim.sourceRecordId(), caller.force().get());
                    written.add(Written.refused(Problems.conflict("natural-key-conflict",
                            "Record already claimed with different content", "Record " + claim.sourceRecordId()
                                    + " was already claimed with different content; amend it with PUT.")
                            .with("field", referenceField()).with("disruptionId", old.id())));
                }
            }
            insert(fresh);
            outbox.appendAll(events);
            if (!created.isEmpty()) {
                auditLog.record(AuditEntry.of(AuditOperation.COLLECTION, DisruptionService.RECORD_TYPE, created), caller);
            }
            return written;
        }
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
}
