package uk.police.wm.rcs.ctu.prevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.events.PreventEnums.MacPartner;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.ReferralSource;
import uk.police.wm.rcs.ctu.events.PreventEnums.SafeguardingBoard;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;
import uk.police.wm.rcs.ctu.threatlevel.LevelInForce;
import uk.police.wm.rcs.platform.security.Classification;

/** Requests and responses of the Prevent API. */
public final class PreventRequests {
    private PreventRequests() {
    }

    /** The safeguarding and outcome part of a case, checked by {@link PreventRules}. */
    public record Progress(
            @NotNull Stage stage, Outcome outcome, LocalDate outcomeOn, boolean safeguarding,
            boolean childProtection, SafeguardingBoard safeguardingBoard, MacPartner macPartner,
            @Size(max = 4000) String notes) {
    }

    /** A new referral; classification defaults to OFFICIAL_SENSITIVE. */
    public record ReferCase(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9/_-]+") String reference,
            @NotNull ReferralSource referralSource,
            @NotNull Motivation motivation,
            @NotNull LocalDate referredOn,
            @NotNull Progress progress,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats) {
    }

    /** A case as a cleared, justified reader sees it. */
    public record CaseView(
            String id, String reference, ReferralSource referralSource, Motivation motivation, LocalDate referredOn,
            Stage stage, Outcome outcome, LocalDate outcomeOn, boolean safeguarding, boolean childProtection,
            SafeguardingBoard safeguardingBoard, MacPartner macPartner, LocalDate macPilotEndsOn, String notes,
            Classification classification, Set<String> caveats, LocalDate retentionReviewOn,
            List<LevelInForce> threatLevelsInForce, long version) {
    }
}
