package uk.police.wm.rcs.ctu.protect;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ActivityKind;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ExpectedDemand;
import uk.police.wm.rcs.ctu.events.ProtectEnums.SiteType;
import uk.police.wm.rcs.ctu.threatlevel.LevelInForce;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/** Requests and responses of the Protect API. */
public final class ProtectRequests {
    private ProtectRequests() {
    }

    /** A visit or review (with its site type) or a training session (with its attendees); force systems omit force. */
    public record RecordActivity(
            Force force,
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9/_-]+") String reference,
            @NotNull ActivityKind kind,
            SiteType siteType,
            @Min(0) Integer attendees,
            @NotNull LocalDate deliveredOn,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats) {
    }

    public record ActivityView(
            String id, Force force, String reference, ActivityKind kind, SiteType siteType, Integer attendees,
            LocalDate deliveredOn, Classification classification, Set<String> caveats,
            List<LevelInForce> threatLevelsInForce) {
    }

    /** A planned event for the demand register. */
    public record RegisterEvent(
            @NotBlank @Size(max = 120) String name,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @NotNull ExpectedDemand expectedDemand,
            @Size(max = 2000) String notes) {
    }

    public record PlannedEventView(
            String id, String name, LocalDate startsOn, LocalDate endsOn, ExpectedDemand expectedDemand,
            String notes) {
    }
}
