package uk.police.wm.rcs.rocu.disruption.batch;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.batch.BatchIntake;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.batch.BatchResult;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.intake.Fingerprint;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.intake.ValuePlanned;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionClaims;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.ocg.OcgReferences;

/**
 * Disruptions as a batch record type of the platform's {@link BatchIntake}: each record is checked as a single claim
 * is, and a chunk's new disruptions go in as one JDBC batch with their events and one audit entry.
 */
@ApplicationScoped
public class DisruptionBatchService {

    @Inject
    DisruptionService disruptions;

    @Inject
    DisruptionClaims claims;

    @Inject
    NewRecordIntake newRecords;

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
            Map<String, Disruption> originals = originals(caller.force().get(), sourceIds);
            List<Written> written = new ArrayList<>(chunk.size());
            List<Disruption> fresh = new ArrayList<>();
            for (ClaimDisruption claim : chunk) {
                Disruption original = originals.get(claim.sourceRecordId());
                if (original == null) {
                    Disruption d = claims.newRecord(claim, Fingerprint.of(claim), caller);
                    fresh.add(d);
                    written.add(Written.created(d.id.toString()));
                } else {
                    written.add(newRecords.existing(claims, original, claim, caller, referenceField()));
                }
            }
            insert(fresh);
            outbox.appendAll(fresh.stream().map(claims::createdEvent).toList());
            if (!fresh.isEmpty()) {
                auditLog.record(AuditEntry.of(AuditOperation.COLLECTION, DisruptionService.RECORD_TYPE,
                        fresh.stream().map(d -> d.id.toString()).toList()), caller);
            }
            return written;
        }
    }

    /**
     * The chunk's new disruptions as one JDBC batch in the chunk's transaction (no entity bookkeeping); a record
     * claimed meanwhile by another request fails the whole batch on the unique key.
     */
    private void insert(List<Disruption> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            newRecords.row(claims).insertAll(connection, fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + fresh.size() + " disruptions of a batch chunk", e);
        }
    }

    /**
     * The chunk's records already claimed by the force, by source id, one unique-index probe per source id: a plain
     * {@code IN (...)} list lets the planner pick a scan of the force's rows on a table without statistics yet
     * ({@code offset 0} keeps the lateral probe from being flattened into such a join), and the probe is planned
     * with the chunk's values each time ({@link ValuePlanned}), never from a generic plan cached while the table
     * was new. The disruptions found are then read by id.
     */
    private Map<String, Disruption> originals(Force force, List<String> sourceIds) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement probe = ValuePlanned.prepare(connection, """
                        select d.id
                        from unnest(cast(? as text[])) k(source_record_id)
                        cross join lateral (select id from disruption
                                            where force = ? and source_record_id = k.source_record_id offset 0) d""")) {
            probe.setArray(1, connection.createArrayOf("text", sourceIds.toArray()));
            probe.setString(2, force.name());
            try (ResultSet found = probe.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up " + sourceIds.size()
                    + " source record ids of a batch chunk", e);
        }
        Map<String, Disruption> bySourceId = new HashMap<>();
        if (!ids.isEmpty()) {
            Disruption.<Disruption>list("id in ?1", ids).forEach(d -> bySourceId.put(d.sourceRecordId, d));
        }
        return bySourceId;
    }
}
