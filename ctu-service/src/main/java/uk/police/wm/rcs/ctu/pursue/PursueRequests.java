package uk.police.wm.rcs.ctu.pursue;

import uk.police.wm.rcs.ctu.events.OperationStatus;
import uk.police.wm.rcs.ctu.events.AttackPlanningStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.threatlevel.LevelInForce;
import uk.police.wm.rcs.platform.security.Classification;

/** Requests and responses of the Pursue API. */
public final class PursueRequests {
    private PursueRequests() {
    }

    /** Arrests, charges or convictions on one date. */
    public record Outcome(@NotNull OutcomeKind kind, @NotNull @Min(1) Integer people, @NotNull LocalDate occurredOn) {
    }

    /** A new investigation or operation; classification defaults to SECRET. */
    public record RecordOperation(
            @NotBlank @Size(max = 120) String operationName,
            @NotNull Motivation motivation,
            @NotNull OperationStatus status,
            @NotNull AttackPlanningStage stage,
            @NotNull LocalDate openedOn,
            @NotNull @Min(0) Integer subjectsOfInterest,
            @Size(max = 4000) String summary,
            boolean reportingRestricted,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats,
            @Size(max = 100) List<@Valid @NotNull Outcome> outcomes) {
    }

    /** The mutable part of an operation, replaced as a whole under {@code If-Match}. */
    public record UpdateOperation(
            @NotNull OperationStatus status,
            @NotNull AttackPlanningStage stage,
            @NotNull @Min(0) Integer subjectsOfInterest,
            @Size(max = 4000) String summary,
            boolean reportingRestricted,
            @Size(max = 100) List<@Valid @NotNull Outcome> outcomes) {
    }

    /** An operation as cleared CTU officers see it, with the threat levels in force when it opened. */
    public record OperationView(
            String id, String operationName, Motivation motivation, OperationStatus status, AttackPlanningStage stage,
            LocalDate openedOn, int subjectsOfInterest, int arrests, int charges, int convictions,
            List<Outcome> outcomes, String summary, boolean reportingRestricted, Classification classification,
            Set<String> caveats, List<LevelInForce> threatLevelsInForce, long version) {
    }
}
