package uk.police.wm.rcs.cyber.events;

import java.time.LocalDate;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/**
 * The cyber Prevent event on {@code cyber.events}, and the categories it carries: by design categories and dates only,
 * no name, age, address or free text that could identify the person.
 */
public final class PreventEvents {
    private PreventEvents() {
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

    /** Event {@value #TYPE}: an intervention was recorded; key: its id. */
    @OutboxEvent.Type(value = InterventionRecorded.TYPE, aggregate = "prevent-intervention")
    public record InterventionRecorded(@OutboxEvent.Key String id, LocalDate intervenedOn,
            ReferralSource referralSource, InterventionType interventionType, InterventionOutcome outcome)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.prevent-intervention.recorded.v1";
    }
}
