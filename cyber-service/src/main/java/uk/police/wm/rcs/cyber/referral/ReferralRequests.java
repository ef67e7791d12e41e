package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.CrimeClass;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import uk.police.wm.rcs.cyber.events.TriageOutcome;
import uk.police.wm.rcs.cyber.events.VictimType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** Requests and responses of the referral API. */
public final class ReferralRequests {
    private ReferralRequests() {
    }

    /**
     * A referral as received. {@code force} is required from Economic Crime Unit staff; a force system's own force
     * comes from its token and a different one in the body is refused. The marking defaults to {@code OFFICIAL}
     * without caveats; nobody may give a referral a marking they could not read themselves.
     */
    public record ReceiveReferral(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/-]+") String actionFraudReference,
            @NotNull ReferralSource source,
            Force force,
            @NotNull CrimeClass crimeClass,
            @NotNull VictimType victimType,
            @NotNull Boolean vulnerableVictim,
            Vulnerability vulnerability,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal reportedLoss,
            @NotNull Instant receivedAt,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats) {

        /** The marking asked for, with the defaults applied. */
        public SecurityMarking marking() {
            return SecurityMarking.of(classification == null ? Classification.OFFICIAL : classification, caveats);
        }
    }

    /** The Economic Crime Unit's triage; {@code triagedAt} defaults to now. */
    public record Triage(
            @NotNull TriageOutcome outcome,
            @Size(max = 120) String receivingUnit,
            Instant triagedAt) {
    }

    /** An explicit correction of a triage already made, with the reason it was wrong. */
    public record TriageCorrection(
            @NotNull TriageOutcome outcome,
            @Size(max = 120) String receivingUnit,
            @NotBlank @Size(min = 10, max = 500) String reason) {
    }

    /** The day local victim care first contacted the victim. */
    public record VictimContact(@NotNull LocalDate contactedOn) {
    }

    /** The day a directly reported referral was sent on to Action Fraud for recording. */
    public record SentToActionFraud(@NotNull LocalDate sentOn) {
    }

    /** A referral as the API shows it. */
    public record ReferralView(
            String id, String actionFraudReference, ReferralSource source, Force force, CrimeClass crimeClass,
            VictimType victimType, boolean vulnerableVictim, Vulnerability vulnerability, BigDecimal reportedLoss,
            Instant receivedAt, LocalDate contactDueBy, LocalDate victimContactedOn, Instant triagedAt,
            TriageOutcome triageOutcome, String receivingUnit, int triageCorrections, boolean awaitingActionFraud,
            LocalDate sentToActionFraudOn, LocalDate retentionReviewOn, Classification classification,
            Set<String> caveats, long version) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.id.toString(), r.actionFraudReference, r.source, r.force, r.crimeClass,
                    r.victimType, r.vulnerableVictim, r.vulnerability, r.reportedLoss, r.receivedAt, r.contactDueBy,
                    r.victimContactedOn, r.triagedAt, r.triageOutcome, r.receivingUnit, r.triageCorrections,
                    r.source == ReferralSource.FORCE_DIRECT && r.sentToActionFraudOn == null, r.sentToActionFraudOn,
                    r.retentionReviewOn, r.classification, r.marking().caveats(), r.version);
        }
    }
}
