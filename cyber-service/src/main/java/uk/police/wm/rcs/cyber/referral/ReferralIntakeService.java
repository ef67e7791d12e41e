package uk.police.wm.rcs.cyber.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import uk.police.wm.rcs.cyber.config.CyberConfig;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.cyber.summary.ReferralQuarterCounts;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;

/** Takes referrals in: force scoping, duplicates by Action Fraud reference, deadlines, retention, audit and event. */
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

    /** The referral and whether this call created it (false: the same referral had been received before). */
    public record Intake(Referral referral, boolean created) {
    }

    /**
     * Receives a referral. A second post of the same Action Fraud reference returns the original when it says the
     * same thing, and is a 409 conflict when it says something else: never a second referral.
     */
    public Intake receive(ReceiveReferral request, Caller caller) {
        Force force = forceFor(request, caller);
        if (request.receivedAt().isAfter(Instant.now(clock).plus(5, ChronoUnit.MINUTES))) {
            throw Problems.unprocessable("receivedAt " + request.receivedAt() + " is in the future.");
        }
        if (!request.vulnerableVictim() && request.vulnerability() != null) {
            throw Problems.unprocessable("A vulnerability is given but the victim is not flagged vulnerable.");
        }
        Referral candidate = toReferral(request, force, caller);
        // the referral, its event, its audit entry and its quarter's count in one statement (one commit, so the
        // shared count row is locked only for it), which writes nothing for a known reference
        boolean created = writer.insert(ReferralRow.INSERT, (statement, first) -> ReferralRow.bind(statement, first,
                candidate), new Outbox.NewEvent(ReferralEvents.AGGREGATE, candidate.id.toString(),
                        ReferralEvents.Received.TYPE, ReferralEvents.Received.of(candidate)),
                AuditEntry.of(AuditOperation.COLLECTION, ReferralEvents.AGGREGATE, candidate.id.toString()), caller,
                quarterCounts.received(candidate));
        if (created) {
            return new Intake(candidate, true);
        }
        Referral original = Referral.<Referral>find("actionFraudReference", candidate.actionFraudReference)
                .firstResultOptional().orElseThrow(() -> new IllegalStateException("referral "
                        + candidate.actionFraudReference + " was neither inserted nor found"));
        if ((!caller.isMachine() || original.force == force) && sameContent(original, candidate)) {
            return new Intake(original, false);
        }
        throw Problems.conflict("duplicate-referral", "Duplicate referral",
                "Action Fraud reference " + candidate.actionFraudReference
                        + " was already received with different details.");
    }

    /** Force systems post for their own force only; Economic Crime Unit staff name the force. */
    static Force forceFor(ReceiveReferral request, Caller caller) {
        if (caller.hasRole("force-recorder") && !caller.hasRole("cyber-officer")) {
            Force own = caller.force().orElseThrow(() -> Problems.forbidden("The token names no force."));
            if (request.force() != null && request.force() != own) {
                throw Problems.forbidden("A force system records referrals for its own force only.");
            }
            if (request.source() != ReferralSource.FORCE_DIRECT) {
                throw Problems.forbidden("A force system records referrals reported to the force directly only.");
            }
            return own;
        }
        if (request.force() == null) {
            throw Problems.unprocessable("Name the force the referral is for.");
        }
        return request.force();
    }

    private Referral toReferral(ReceiveReferral request, Force force, Caller caller) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.actionFraudReference = request.actionFraudReference().strip().toUpperCase(java.util.Locale.ROOT);
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
        r.retentionReviewOn = receivedOn.plusYears(config.retentionReviewYears());
        r.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.recordedBy = caller.subject();
        return r;
    }

    static boolean sameContent(Referral a, Referral b) {
        return a.source == b.source && a.force == b.force && a.crimeClass == b.crimeClass
                && a.victimType == b.victimType && a.vulnerableVictim == b.vulnerableVictim
                && a.vulnerability == b.vulnerability && a.reportedLoss.compareTo(b.reportedLoss) == 0
                && Objects.equals(a.receivedAt, b.receivedAt);
    }
}
