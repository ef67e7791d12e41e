package uk.police.wm.rcs.rocu.disruption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.intake.NaturalKey;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.intake.NewRecordType;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.review.RetentionRules;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;

/**
 * Disruptions as a record type of the platform's intake flow: a force's claim under its source record id, the
 * fingerprint of its content kept with it ({@code content_hash}), the claimed event and the s.62 collection entry.
 */
@ApplicationScoped
public class DisruptionClaims implements NewRecordType<ClaimDisruption, Disruption> {

    private static final Logger LOG = Logger.getLogger(DisruptionClaims.class);

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    RetentionRules retention;

    @Override
    public NaturalKey<Disruption> naturalKey() {
        return NaturalKey.of(Disruption.class, "force", "sourceRecordId");
    }

    /** A new CLAIMED disruption of a checked claim, not yet written (a claim or an import writes it). */
    @Override
    public Disruption newRecord(ClaimDisruption claim, String fingerprint, Caller caller) {
        Disruption d = new Disruption();
        d.id = UUID.randomUUID();
        DisruptionMapper.apply(claim, fingerprint, d);
        d.status = DisruptionStatus.CLAIMED;
        d.reviewDate = d.namesPerson() ? retention.reviewOn(DisruptionService.RECORD_TYPE, d.disruptedOn) : null;
        d.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        d.recordedBy = caller.subject();
        d.updatedAt = d.recordedAt;
        return d;
    }

    /** The claimed event of a new disruption. */
    @Override
    public OutboxEvent createdEvent(Disruption d) {
        return DisruptionMapper.claimed(d);
    }

    @Override
    public AuditEntry collected(Disruption d) {
        return AuditEntry.of(AuditOperation.COLLECTION, DisruptionService.RECORD_TYPE, d.id.toString());
    }

    @Override
    public String fingerprint(Disruption original) {
        return original.contentHash;
    }

    /** A claim of a record id the force claimed before with other content: logged, audited as refused, 409. */
    @Override
    public ProblemException conflict(Disruption existing, ClaimDisruption claim, Caller caller) {
        LOG.warnf("Natural key conflict: %s posted record %s of force %s again with different content (disruption %s)",
                caller.subject(), existing.sourceRecordId, existing.force, existing.id);
        auditLog.recordRefusal(AuditEntry.of(AuditOperation.COLLECTION, DisruptionService.RECORD_TYPE,
                existing.id.toString()));
        return NaturalKeyConflict.of("Record " + existing.sourceRecordId, "Amend it with PUT on its id instead.")
                .with("disruptionId", existing.id.toString());
    }
}
