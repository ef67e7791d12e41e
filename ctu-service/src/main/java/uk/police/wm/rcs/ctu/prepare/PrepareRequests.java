package uk.police.wm.rcs.ctu.prepare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.PrepareEnums.ExerciseType;
import uk.police.wm.rcs.ctu.events.PrepareEnums.FollowUp;
import uk.police.wm.rcs.ctu.events.PrepareEnums.Scenario;
import uk.police.wm.rcs.ctu.threatlevel.LevelInForce;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;

/** Requests and responses of the Prepare API. */
public final class PrepareRequests {
    private PrepareRequests() {
    }

    public record Lesson(@NotBlank @Size(max = 1000) String lesson, @NotNull FollowUp followUp) {
    }

    /** An exercise held; force systems omit force (their token's is used). */
    public record RecordExercise(
            Force force,
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9/_-]+") String reference,
            @NotNull ExerciseType type,
            @NotNull Scenario scenario,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) String place,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^|]+") String> agencies,
            @Size(max = 100) List<@Valid @NotNull Lesson> lessons,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats) {
    }

    /** The lessons and their follow-up, replaced as a whole under {@code If-Match}. */
    public record UpdateLessons(@NotNull @Size(max = 100) List<@Valid @NotNull Lesson> lessons) {
    }

    public record ExerciseView(
            String id, Force force, String reference, ExerciseType type, Scenario scenario, String title,
            LocalDate heldOn, String place, List<String> agencies, List<Lesson> lessons, long openLessons,
            Classification classification, Set<String> caveats, List<LevelInForce> threatLevelsInForce,
            long version) {
    }
}
