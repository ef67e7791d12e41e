package uk.police.wm.rcs.cyber.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.police.wm.rcs.platform.security.Force;

/**
 * The versioned events a referral publishes; they carry categories and dates, never anything naming the victim. Not
 * even the Action Fraud reference, which identifies the victim's report: topics keep events for ever, and a disposed
 * referral must leave nothing behind that leads to the victim.
 */
public final class ReferralEvents {
    private ReferralEvents() {
    }

    public static final String AGGREGATE = "referral";

    /** Event {@value #TYPE}: a referral was received. */
    @OutboxEvent.Type(value = Received.TYPE, aggregate = ReferralEvents.AGGREGATE)
    public record Received(@OutboxEvent.Key String id, ReferralSource source, Force force,
            CrimeClass crimeClass, VictimType victimType, boolean vulnerableVictim, BigDecimal reportedLoss,
            Instant receivedAt, LocalDate contactDueBy, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.cyber.referral.received.v1";
    }

    /** Event {@value #TYPE}: the Economic Crime Unit triaged a referral. */
    @OutboxEvent.Type(value = Triaged.TYPE, aggregate = ReferralEvents.AGGREGATE)
    public record Triaged(@OutboxEvent.Key String id, Force force, CrimeClass crimeClass, TriageOutcome outcome,
            String receivingUnit, Instant receivedAt, Instant triagedAt, long hoursToTriage,
            Classification classification, Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.cyber.referral.triaged.v1";
    }

    /** Event {@value #TYPE}: a triage was corrected; the reason stays in the audit log. */
    @OutboxEvent.Type(value = TriageCorrected.TYPE, aggregate = ReferralEvents.AGGREGATE)
    public record TriageCorrected(@OutboxEvent.Key String id, Force force, TriageOutcome previousOutcome,
            TriageOutcome outcome, String receivingUnit, int correction, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.cyber.referral.triage-corrected.v1";
    }

    /**
     * Event {@value #TYPE}: local victim care contacted the victim. {@code withinDeadline} is boxed: a reader takes an
     * event without it as saying nothing of the deadline (and refuses that only for a referral that has one).
     */
    @OutboxEvent.Type(value = VictimContacted.TYPE, aggregate = ReferralEvents.AGGREGATE)
    public record VictimContacted(@OutboxEvent.Key String id, Force force, boolean vulnerableVictim,
            LocalDate contactedOn, LocalDate contactDueBy, Boolean withinDeadline, Classification classification,
            Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.cyber.referral.victim-contacted.v1";
    }

    /** Event {@value #TYPE}: a directly reported referral was sent on to Action Fraud for recording. */
    @OutboxEvent.Type(value = SentToActionFraud.TYPE, aggregate = ReferralEvents.AGGREGATE)
    public record SentToActionFraud(@OutboxEvent.Key String id, Force force, LocalDate sentOn,
            Classification classification, Set<String> caveats) implements OutboxEvent.Marked {
        public static final String TYPE = "uk.police.wm.cyber.referral.sent-to-action-fraud.v1";
    }
}
