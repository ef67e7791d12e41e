package uk.police.wm.rcs.cyber.prevent;

import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionOutcome;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionType;
import uk.police.wm.rcs.cyber.events.PreventEvents.ReferralSource;
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
}
