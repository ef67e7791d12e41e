package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import uk.police.wm.rcs.cyber.events.TriageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.SentToActionFraud;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.Triage;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.TriageCorrection;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.VictimContact;
import uk.police.wm.rcs.cyber.summary.ReferralQuarterCounts;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.platform.security.Visibility;

/** What happens to a referral after intake: triage once, explicit corrections, victim contact, sending on to Action Fraud. */
@ApplicationScoped
public class ReferralCaseService {

    @Inject
    ReferralQuarterCounts quarterCounts;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * A referral the caller may see, by id or by Action Fraud reference: one its clearance and caveats cover
     * (need-to-know) and, for a force system, of its own force ({@link ForceScope}); any other gets the same 404 as a
     * missing one.
     */
    public static Referral visible(String idOrReference, Caller caller) {
        Referral r;
        try {
            r = Referral.findById(UUID.fromString(idOrReference));
        } catch (IllegalArgumentException notAnId) {
            r = Referral.find("actionFraudReference", ReferralIntakeService.normalisedReference(idOrReference))
                    .firstResult();
        }
        if (r == null || !ForceScope.covers(caller, r.force) || !Visibility.canSee(caller, r.marking())) {
            throw Problems.notFound("No referral " + idOrReference + ".");
        }
        return r;
    }

    /** The Economic Crime Unit's triage; a referral is triaged once, after that only a correction changes it. */
    @Transactional
    public Referral triage(String id, Triage request, Caller caller) {
        Referral r = visible(id, caller);
        if (r.isTriaged()) {
            throw Problems.conflict("already-triaged", "Already triaged", "Referral " + id + " was triaged at "
                    + r.triagedAt + "; a change is a triage correction with its reason.");
        }
        Instant now = Instant.now(clock);
        Instant at = request.triagedAt() == null ? now : request.triagedAt().truncatedTo(ChronoUnit.MICROS);
        if (at.isBefore(r.receivedAt) || at.isAfter(now.plus(5, ChronoUnit.MINUTES))) {
            throw Problems.unprocessable("triagedAt must lie between the referral's receipt and now.");
        }
        r.triageOutcome = request.outcome();
        r.receivingUnit = receivingUnit(request.outcome(), request.receivingUnit());
        r.triagedAt = at;
        r.triagedBy = caller.subject();
        quarterCounts.changed(r, null, r.victimContactedOn != null);
        auditLog.record(AuditOperation.ALTERATION, ReferralEvents.AGGREGATE, List.of(r.id.toString()));
        outbox.append(new ReferralEvents.Triaged(r.id.toString(), r.force, r.crimeClass, r.triageOutcome,
                r.receivingUnit, r.receivedAt, r.triagedAt, Duration.between(r.receivedAt, r.triagedAt).toHours(),
                r.classification, r.marking().caveats()));
        return r;
    }

    /** Corrects a triage already made; needs If-Match, and the reason is kept in the audit log. */
    @Transactional
    public Referral correctTriage(String id, TriageCorrection request, String ifMatch, Caller caller) {
        Referral r = visible(id, caller);
        ETags.requireMatch(ifMatch, r.version);
        if (!r.isTriaged()) {
            throw Problems.conflict("not-triaged", "Not triaged", "Referral " + id + " has not been triaged yet.");
        }
        TriageOutcome previous = r.triageOutcome;
        r.triageOutcome = request.outcome();
        r.receivingUnit = receivingUnit(request.outcome(), request.receivingUnit());
        r.triageCorrections++;
        quarterCounts.changed(r, previous, r.victimContactedOn != null);
        auditLog.record(AuditEntry.of(AuditOperation.ALTERATION, ReferralEvents.AGGREGATE, r.id.toString())
                .withJustification("triage correction " + previous + " -> " + r.triageOutcome + ": "
                        + request.reason().strip()));
        outbox.append(new ReferralEvents.TriageCorrected(r.id.toString(), r.force, previous, r.triageOutcome,
                r.receivingUnit, r.triageCorrections, r.classification, r.marking().caveats()));
        return r;
    }

    /** Records the day local victim care first contacted the victim. */
    @Transactional
    public Referral recordVictimContact(String id, VictimContact request, Caller caller) {
        Referral r = visible(id, caller);
        if (r.victimContactedOn != null) {
            throw Problems.conflict("victim-already-contacted", "Victim already contacted",
                    "The victim of referral " + id + " was contacted on " + r.victimContactedOn + ".");
        }
        LocalDate receivedOn = r.receivedAt.atZone(ReferralIntakeService.ZONE).toLocalDate();
        if (request.contactedOn().isBefore(receivedOn) || request.contactedOn().isAfter(today())) {
            throw Problems.unprocessable("contactedOn must lie between the day the referral was received and today.");
        }
        r.victimContactedOn = request.contactedOn();
        quarterCounts.changed(r, r.triageOutcome, false);
        auditLog.record(AuditOperation.ALTERATION, ReferralEvents.AGGREGATE, List.of(r.id.toString()));
        outbox.append(new ReferralEvents.VictimContacted(r.id.toString(), r.force, r.vulnerableVictim,
                r.victimContactedOn, r.contactDueBy,
                r.contactDueBy == null || !r.victimContactedOn.isAfter(r.contactDueBy), r.classification,
                r.marking().caveats()));
        return r;
    }

    /** Records that a directly reported referral was sent on to Action Fraud for recording. */
    @Transactional
    public Referral recordSentToActionFraud(String id, SentToActionFraud request, Caller caller) {
        Referral r = visible(id, caller);
        if (r.source != ReferralSource.FORCE_DIRECT) {
            throw Problems.conflict("came-from-action-fraud", "Came from Action Fraud",
                    "Referral " + id + " came from Action Fraud; there is nothing to send on.");
        }
        if (r.sentToActionFraudOn != null) {
            throw Problems.conflict("already-sent", "Already sent to Action Fraud",
                    "Referral " + id + " was sent to Action Fraud on " + r.sentToActionFraudOn + ".");
        }
        if (request.sentOn().isAfter(today())) {
            throw Problems.unprocessable("sentOn is in the future.");
        }
        r.sentToActionFraudOn = request.sentOn();
        auditLog.record(AuditEntry.of(AuditOperation.DISCLOSURE, ReferralEvents.AGGREGATE, r.id.toString())
                .withJustification("sent to Action Fraud for recording").withRecipients(List.of("Action Fraud")));
        outbox.append(new ReferralEvents.SentToActionFraud(r.id.toString(), r.force, r.sentToActionFraudOn,
                r.classification, r.marking().caveats()));
        return r;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralIntakeService.ZONE));
    }

    private static String receivingUnit(TriageOutcome outcome, String unit) {
        if (outcome == TriageOutcome.NO_FURTHER_ACTION) {
            return unit == null || unit.isBlank() ? null : unit.strip();
        }
        if (unit == null || unit.isBlank()) {
            throw Problems.unprocessable("Name the receivingUnit the referral goes to for outcome " + outcome + ".");
        }
        return unit.strip();
    }
}
