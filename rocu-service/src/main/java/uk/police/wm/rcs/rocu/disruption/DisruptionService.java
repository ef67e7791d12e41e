package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.metrics.IntakeMetrics;
import uk.police.wm.rcs.platform.intake.Fingerprint;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.review.RetentionRules;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.Visibility;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.ocg.OcgReferences;

/** Claims and amendments of disruptions from force systems, with the natural-key and force-scoping rules. */
@ApplicationScoped
public class DisruptionService {

    /** Audit record type and 404 detail shared by every disruption endpoint. */
    public static final String RECORD_TYPE = "disruption";
    public static final String NOT_FOUND = "No such disruption.";

    private static final Logger LOG = Logger.getLogger(DisruptionService.class);

    @Inject
    Outbox outbox;

    @Inject
    NewRecordIntake intake;

    @Inject
    DisruptionClaims types;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Justification justification;

    @Inject
    RetentionRules retention;

    @Inject
    IntakeMetrics intakeMetrics;

    @Inject
    OcgReferences ocgs;

    private IntakeMetrics.Intake claims;

    /** Registers the claim counters at start, so every force and outcome reads 0 before its first claim. */
    void registerMeters(@Observes StartupEvent startup) {
        claims = intakeMetrics.forRecordType(RECORD_TYPE);
    }

    /** The result of a claim: the record, and whether this call created it (false: a retry of the same record). */
    public record ClaimOutcome(Disruption disruption, boolean created) {
    }

    /**
     * Claims a disruption for the caller's force through the platform's intake flow: the record, its claimed event
     * and its audit entry in one statement that inserts nothing when the force already claimed the record id (two
     * racing posts of one record: the database makes the later wait, then insert nothing); only then is the existing
     * record read, to answer the retry (same fingerprint) or refuse different content (409).
     */
    public ClaimOutcome claim(ClaimDisruption request, Caller caller) {
        return claims.count(Optional.ofNullable(request.force()).or(caller::force), () -> claimOnce(request, caller),
                ClaimOutcome::created);
    }

    private ClaimOutcome claimOnce(ClaimDisruption request, Caller caller) {
        NewRecordIntake.Taken<Disruption> taken = intake.take(types, checkedClaim(request, caller), caller);
        return new ClaimOutcome(taken.record(), taken.created());
    }

    /** The claim normalised for the caller's force, or a problem when a rule refuses it. */
    public ClaimDisruption checkedClaim(ClaimDisruption request, Caller caller) {
        return checkedClaim(request, caller, reference -> ocgs.standing(reference, caller));
    }

    /**
     * {@link #checkedClaim(ClaimDisruption, Caller)} with the OCG register read through {@code ocgStanding} (a batch
     * asks once per reference).
     */
    public ClaimDisruption checkedClaim(ClaimDisruption request, Caller caller,
            Function<String, OcgReferences.Standing> ocgStanding) {
        StorableClaim.require(request);
        Force force = ForceScope.of(caller, request.force(), "force");
        ClaimDisruption claim = DisruptionMapper.normalise(request, force);
        // the write rule, before anything is written: nobody marks a record they could not read back
        Visibility.requireMayMark(caller, DisruptionMapper.marking(claim), "classification");
        boolean ocg = claim.ocgReference() != null;
        boolean person = claim.priorityIndividualRef() != null;
        boolean consistent = switch (claim.targetType()) {
            case OCG -> ocg && !person;
            case PRIORITY_INDIVIDUAL -> person && !ocg;
            case NONE -> !ocg && !person;
        };
        if (!consistent) {
            throw Problems.unprocessable("target-mismatch", "Target does not match its type",
                    "targetType OCG needs ocgReference, PRIORITY_INDIVIDUAL needs priorityIndividualRef, NONE neither.");
        }
        if (ocg) {
            OcgReferences.requireCitable(claim.ocgReference(), ocgStanding.apply(claim.ocgReference()));
        }
        if (claim.disruptedOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("disruptedOn is in the future.").with("field", "disruptedOn");
        }
        return claim;
    }

    /** Amends a CLAIMED or RETURNED_FOR_INFORMATION disruption of the caller's force: it stands CLAIMED again. */
    @Transactional
    public Disruption amend(UUID id, ClaimDisruption request, String ifMatch, Caller caller) {
        Disruption d = visible(id, caller);
        if (d.disposedAt != null) {
            throw Problems.conflict("record-disposed", "Record disposed of",
                    "This disruption was disposed of at its review; it cannot be amended.");
        }
        ETags.requireMatch(ifMatch, d.version);
        ClaimDisruption claim = checkedClaim(request, caller);
        if (!claim.sourceRecordId().equals(d.sourceRecordId)) {
            throw Problems.unprocessable("sourceRecordId cannot change; it identifies the record.");
        }
        if (d.status != DisruptionStatus.CLAIMED && d.status != DisruptionStatus.RETURNED_FOR_INFORMATION) {
            throw Problems.conflict("not-amendable", "Disruption already decided",
                    "A " + d.status + " disruption cannot be amended.");
        }
        DisruptionStatus previous = d.status;
        DisruptionMapper.apply(claim, Fingerprint.of(claim), d);
        d.status = DisruptionStatus.CLAIMED;
        d.reviewDate = d.namesPerson() ? retention.reviewOn(RECORD_TYPE, d.disruptedOn) : null;
        d.updatedAt = Instant.now(clock);
        Disruption.getEntityManager().flush();
        auditLog.record(AuditEntry.of(AuditOperation.ALTERATION, RECORD_TYPE, d.id.toString()), caller);
        outbox.append(DisruptionMapper.amended(d, previous, d.version));
        return d;
    }

    /**
     * A disruption the caller may read ({@link #visible}); reading one that names a person needs a justification, and is audited.
     * No transaction of its own: the select runs on its own (autocommit, nothing to flush), and only the audit entry
     * of a read naming a person is written in one (the caller's, if it has one).
     */
    public Disruption read(UUID id, Caller caller) {
        Disruption d = visible(id, caller);
        if (d.namesPerson()) {
            String why = justification.require(RECORD_TYPE, d.id.toString());
            QuarkusTransaction.joiningExisting().run(() -> auditLog.record(AuditOperation.CONSULTATION, RECORD_TYPE,
                    List.of(d.id.toString()), why, List.of()));
        }
        return d;
    }

    public Optional<Disruption> find(UUID id) {
        return Disruption.findByIdOptional(id);
    }

    /**
     * A disruption the caller may see: 404, as for a missing one, when its marking is above the caller's clearance
     * or caveats, or when it is another force's and the caller a force system (so neither leaks its existence).
     */
    public Disruption visible(UUID id, Caller caller) {
        Disruption d = find(id).orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, d.marking(), NOT_FOUND);
        if (!ForceScope.covers(caller, d.force)) {
            throw Problems.notFound(NOT_FOUND);
        }
        return d;
    }

    public Optional<Disruption> findBySource(Force force, String sourceRecordId) {
        return Disruption.find("force = ?1 and sourceRecordId = ?2", force, sourceRecordId).firstResultOptional();
    }
}
