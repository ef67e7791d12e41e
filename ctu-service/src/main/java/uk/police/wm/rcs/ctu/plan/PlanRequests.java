package uk.police.wm.rcs.ctu.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.ctu.events.PlanEnums.PriorityKind;
import uk.police.wm.rcs.ctu.events.PlanEnums.Rag;
import uk.police.wm.rcs.ctu.events.PlanEnums.ReviewingBody;
import uk.police.wm.rcs.platform.security.Classification;

/** Requests and responses of the business plan API. */
public final class PlanRequests {
    private PlanRequests() {
    }

    public record Priority(@NotNull PriorityKind kind, @NotNull @Min(1) @Max(12) Integer number,
            @NotBlank @Size(max = 300) String title) {
    }

    /** A year's plan: exactly 3 regional and 12 national priorities; classification defaults to SECRET. */
    public record CreatePlan(
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String financialYear,
            @NotNull @Size(min = 15, max = 15) List<@Valid @NotNull Priority> priorities,
            Classification classification,
            @Size(max = 10) Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> caveats) {
    }

    public record PlanView(String id, String financialYear, List<Priority> priorities,
            Classification classification, Set<String> caveats) {
    }

    /** A reviewing body's RAG status and commentary on one priority for one quarter. */
    public record RecordReview(
            @NotNull @Pattern(regexp = "Q[1-4]") String quarter,
            @NotNull ReviewingBody reviewingBody,
            @NotNull PriorityKind kind,
            @NotNull @Min(1) @Max(12) Integer number,
            @NotNull Rag rag,
            @NotBlank @Size(max = 4000) String commentary) {
    }

    public record ReviewView(String id, String quarter, ReviewingBody reviewingBody, PriorityKind kind, int number,
            String priority, Rag rag, String commentary) {
    }

    /** A quarter's reviews of a plan, for cleared callers. */
    public record QuarterReviews(String financialYear, String quarter, List<ReviewView> reviews) {
    }
}
