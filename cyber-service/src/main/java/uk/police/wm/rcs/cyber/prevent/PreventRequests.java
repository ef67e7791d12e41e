package uk.police.wm.rcs.cyber.prevent;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * Requests, responses and events of cyber Prevent interventions. By design they carry categories and dates only:
 * no name, age, address or free text that could identify the person, so no justification or audit is needed.
 */
public final class PreventRequests {
    private PreventRequests() {
    }

    /** Where the referral for an intervention came from (para 76: offender managers among others). */
    public enum ReferralSource {
        INTEGRATED_OFFENDER_MANAGEMENT, ACTION_FRAUD, NATIONAL_CRIME_AGENCY, EDUCATION, FORCE_INVESTIGATION,
        PARTNER_AGENCY, FAMILY_OR_SELF
    }

    /** What the intervention was. */
    public enum InterventionType {
        ADVICE_VISIT, CEASE_AND_DESIST, WORKSHOP, MENTORING, SKILLS_DIVERSION, REFERRAL_TO_PARTNER
    }

    /** How it ended (or that it continues). */
    public enum InterventionOutcome {
        ENGAGED, DIVERTED, DECLINED, REFERRED_ON, NO_FURTHER_ACTION, ONGOING
    }

    /** An intervention as made. */
    public record NewIntervention(@NotNull LocalDate intervenedOn, @NotNull ReferralSource referralSource,
            @NotNull InterventionType interventionType, @NotNull InterventionOutcome outcome) {
    }

    public record InterventionView(String id, LocalDate intervenedOn, ReferralSource referralSource,
            InterventionType interventionType, InterventionOutcome outcome) {
        static InterventionView of(PreventIntervention i) {
            return new InterventionView(i.id.toString(), i.intervenedOn, i.referralSource, i.interventionType,
                    i.outcome);
        }
    }

    /** A financial year's interventions counted by source, type and outcome (every category present, zero or more). */
    public record PreventYear(String financialYear, long interventions, Map<ReferralSource, Long> bySource,
            Map<InterventionType, Long> byType, Map<InterventionOutcome, Long> byOutcome) {
    }

    /** Event {@value #TYPE}: an intervention was recorded; key: its id. */
    @OutboxEvent.Type(value = InterventionRecorded.TYPE, aggregate = "prevent-intervention")
    public record InterventionRecorded(@OutboxEvent.Key String id, LocalDate intervenedOn,
            ReferralSource referralSource, InterventionType interventionType, InterventionOutcome outcome)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.prevent-intervention.recorded.v1";
    }
}
