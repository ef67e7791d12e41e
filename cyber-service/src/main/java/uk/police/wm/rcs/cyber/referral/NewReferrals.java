package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import uk.police.wm.rcs.cyber.config.CyberConfig;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.cyber.summary.ReferralQuarterCounts;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.intake.Fingerprint;
import uk.police.wm.rcs.platform.intake.NaturalKey;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.intake.NewRecordType;
import uk.police.wm.rcs.platform.outbox.NewRecordWriter;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.review.RetentionRules;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * Referrals as a record type of the platform's intake flow: one per Action Fraud reference, with its deadlines and
 * retention worked out, its received event, its s.62 collection entry and its quarter's count.
 */
@ApplicationScoped
public class NewReferrals implements NewRecordType<ReceiveReferral, Referral> {

    @Inject
    ReferralQuarterCounts quarterCounts;

    @Inject
    Clock clock;

    @Inject
    CyberConfig config;

    @Inject
    RetentionRules retention;

    @Override
    public NaturalKey<Referral> naturalKey() {
        return NaturalKey.of(Referral.class, "actionFraudReference");
    }

    @Override
    public Referral newRecord(ReceiveReferral checked, String fingerprint, Caller caller) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.mark(checked.marking());
        r.actionFraudReference = checked.actionFraudReference();
        r.source = checked.source();
        r.force = checked.force();
        r.crimeClass = checked.crimeClass();
        r.victimType = checked.victimType();
        r.vulnerableVictim = checked.vulnerableVictim();
        r.vulnerability = checked.vulnerability();
        r.reportedLoss = checked.reportedLoss().setScale(2, RoundingMode.UNNECESSARY);
        r.receivedAt = checked.receivedAt();
        var receivedOn = r.receivedAt.atZone(ReferralIntakeService.ZONE).toLocalDate();
        r.contactDueBy = r.vulnerableVictim ? receivedOn.plusDays(config.vulnerableContactDays()) : null;
        r.retentionReviewOn = retention.reviewOn(ReferralEvents.AGGREGATE, receivedOn);
        r.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.recordedBy = caller.subject();
        return r;
    }

    @Override
    public OutboxEvent createdEvent(Referral r) {
        return new ReferralEvents.Received(r.id.toString(), r.source, r.force, r.crimeClass, r.victimType,
                r.vulnerableVictim, r.reportedLoss, r.receivedAt, r.contactDueBy, r.classification,
                r.marking().caveats());
    }

    @Override
    public AuditEntry collected(Referral r) {
        return AuditEntry.of(AuditOperation.COLLECTION, ReferralEvents.AGGREGATE, r.id.toString());
    }

    /** The quarter's count, in the referral's own statement (one commit, so the shared count row is locked briefly). */
    @Override
    public NewRecordWriter.Also[] alsoWithNew(Referral r) {
        return new NewRecordWriter.Also[] {quarterCounts.received(r)};
    }

    /**
     * The original's content as a checked request says it. It includes the force and the marking, so a replay only
     * ever returns a referral the caller may see (it could mark it, so it can read it).
     */
    @Override
    public String fingerprint(Referral r) {
        return Fingerprint.of(new ReceiveReferral(r.actionFraudReference, r.source, r.force, r.crimeClass,
                r.victimType, r.vulnerableVictim, r.vulnerability, r.reportedLoss, r.receivedAt, r.classification,
                r.marking().caveats()));
    }

    @Override
    public ProblemException conflict(Referral original, ReceiveReferral checked, Caller caller) {
        return NaturalKeyConflict.of("Action Fraud reference " + original.actionFraudReference, null)
                .with("field", "actionFraudReference");
    }
}
