package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.metrics.IntakeMetrics;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * Takes referrals in: force scoping and the marking's write rule here, then the platform's intake flow
 * ({@link NewReferrals}): duplicates by Action Fraud reference, deadlines, retention, audit, event and count.
 */
@ApplicationScoped
public class ReferralIntakeService {

    /** Dates (deadlines, contact days) are local to the West Midlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    NewRecordIntake intake;

    @Inject
    NewReferrals newReferrals;

    @Inject
    Clock clock;

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
        NewRecordIntake.Taken<Referral> taken = intake.take(newReferrals, checked(request, caller), caller);
        return new Intake(taken.record(), taken.created());
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
        // as it is stored (to the microsecond), so that a retry's fingerprint is the original's
        return new ReceiveReferral(normalisedReference(request.actionFraudReference()), request.source(), force,
                request.crimeClass(), request.victimType(), request.vulnerableVictim(), request.vulnerability(),
                request.reportedLoss(), request.receivedAt().truncatedTo(ChronoUnit.MICROS), marking.classification(),
                marking.caveats());
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
}
