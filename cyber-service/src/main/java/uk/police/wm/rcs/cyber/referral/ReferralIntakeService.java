package uk.police.wm.rcs.cyber.referral;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.police.wm.rcs.cyber.config.CyberConfig;
import uk.police.wm.rcs.platform.review.RetentionRules;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.cyber.summary.ReferralQuarterCounts;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.metrics.IntakeMetrics;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * Takes referrals in: force scoping, the marking's write rule, duplicates by Action Fraud reference, deadlines,
 * retention, audit and event.
 */
@ApplicationScoped
public class ReferralIntakeService {

    /** Dates (deadlines, contact days) are local to the West Midlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    ReferralQuarterCounts quarterCounts;

    @Inject
    NewRecordWriter writer;

    @Inject
    Clock clock;

    @Inject
    CyberConfig config;

    @Inject
    RetentionRules retention;

    @Inject
    IntakeMetrics intakeMetrics;

    private IntakeMetrics.Intake referrals;

    /** Registers the referral counters at start, so every force and outcome reads 0 before its first referral. */
    void registerMeters(@Observes StartupEvent startup) {
        referrals = intakeMetrics.forRecordType(ReferralEvents.AGGREGATE);
    }

    /** The referral and whether this call created it (false: the same referral had been received before). */
    public record Intake(Referral referral, boolean created) {
    }

    /**
     * Receives a referral. A second post of the same Action Fraud reference returns the original when it says the
     * same thing, and is a 409 conflict when it says something else: never a second referral.
     */
    public Intake receive(ReceiveReferral request, Caller caller) {
        return referrals.count(Optional.ofNullable(request.force()).or(caller::force), () -> receiveOnce(request,
                caller), Intake::created);
    }

    private Intake receiveOnce(ReceiveReferral request, Caller caller) {
        return store(checked(request, caller), caller);
    }

    /**
     * The referral as it will be stored (its force, its reference normalised, its marking with the defaults), or the
     * problem a rule raises; writes nothing. A batch checks each of its records with it.
     */
    public ReceiveReferral checked(ReceiveReferral request, Caller caller) {
        Force force = forceFor(request, caller);
        SecurityMarking marking = Visibility.requireMayMark(caller, request.marking());
        if (request.receivedAt().isAfter(Instant.now(clock).plus(5, ChronoUnit.MINUTES))) {
            throw Problems.unprocessable("receivedAt " + request.receivedAt() + " is in the future.")
                    .with("field", "receivedAt");
        }
        if (!request.vulnerableVictim() && request.vulnerability() != null) {
            throw Problems.unprocessable("A vulnerability is given but the victim is not flagged vulnerable.")
                    .with("field", "vulnerability");
        }
        return new ReceiveReferral(normalisedReference(request.actionFraudReference()), request.source(), force,
                request.crimeClass(), request.victimType(), request.vulnerableVictim(), request.vulnerability(),
                request.reportedLoss(), request.receivedAt(), marking.classification(), marking.caveats());
    }

    /**
     * Stores a {@link #checked} referral in the caller's transaction, or in one statement of its own: the referral,
     * its event, its audit entry and its quarter's count, or nothing for a reference received before (then the
     * original when it says the same, else 409). Not counted in the intake metrics (a batch's records are not).
     */
    public Intake store(ReceiveReferral checked, Caller caller) {
        Referral candidate = toReferral(checked, checked.force(), checked.marking(), caller);
        // the referral, its event, its audit entry and its quarter's count in one statement (one commit, so the
        // shared count row is locked only for it), which writes nothing for a known reference
        boolean created = writer.insert(ReferralRow.INSERT, (statement, first) -> ReferralRow.bind(statement, first,
                candidate), ReferralEvents.Received.of(candidate),
                AuditEntry.of(AuditOperation.COLLECTION, ReferralEvents.AGGREGATE, candidate.id.toString()), caller,
                quarterCounts.received(candidate));
        if (created) {
            return new Intake(candidate, true);
        }
        Referral original = Referral.<Referral>find("actionFraudReference", candidate.actionFraudReference)
                .firstResultOptional().orElseThrow(() -> new IllegalStateException("referral "
                        + candidate.actionFraudReference + " was neither inserted nor found"));
        // the same content includes the force and the marking, so a replay only ever returns a referral the caller
        // may see (it could mark it, so it can read it)
        if (ForceScope.covers(caller, original.force) && sameContent(original, candidate)) {
            return new Intake(original, false);
        }
        throw Problems.conflict("duplicate-referral", "Duplicate referral",
                "Action Fraud reference " + candidate.actionFraudReference
                        + " was already received with different details.").with("field", "actionFraudReference");
    }

    /** An Action Fraud reference as stored: trimmed, upper case. */
    static String normalisedReference(String reference) {
        return reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The referral's force by the one force-scope rule ({@link ForceScope}); a force system, besides, records only
     * referrals reported to the force directly (Action Fraud's own come in through the Economic Crime Unit).
     */
    static Force forceFor(ReceiveReferral request, Caller caller) {
        Force force = ForceScope.of(caller, request.force(), "force");
        if (ForceScope.isForceSystem(caller) && request.source() != ReferralSource.FORCE_DIRECT) {
            throw Problems.forbidden("A force system records referrals reported to the force directly only.");
        }
        return force;
    }

    private Referral toReferral(ReceiveReferral request, Force force, SecurityMarking marking, Caller caller) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.mark(marking);
        r.actionFraudReference = normalisedReference(request.actionFraudReference());
        r.source = request.source();
        r.force = force;
        r.crimeClass = request.crimeClass();
        r.victimType = request.victimType();
        r.vulnerableVictim = request.vulnerableVictim();
        r.vulnerability = request.vulnerability();
        r.reportedLoss = request.reportedLoss().setScale(2, java.math.RoundingMode.UNNECESSARY);
        r.receivedAt = request.receivedAt().truncatedTo(ChronoUnit.MICROS);
        var receivedOn = r.receivedAt.atZone(ZONE).toLocalDate();
        r.contactDueBy = r.vulnerableVictim ? receivedOn.plusDays(config.vulnerableContactDays()) : null;
        r.retentionReviewOn = retention.reviewOn(ReferralEvents.AGGREGATE, receivedOn);
        r.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.recordedBy = caller.subject();
        return r;
    }

    static boolean sameContent(Referral a, Referral b) {
        return a.source == b.source && a.force == b.force && a.crimeClass == b.crimeClass
                && a.victimType == b.victimType && a.vulnerableVictim == b.vulnerableVictim
                && a.vulnerability == b.vulnerability && a.reportedLoss.compareTo(b.reportedLoss) == 0
                && Objects.equals(a.receivedAt, b.receivedAt) && a.marking().equals(b.marking());
    }
}
