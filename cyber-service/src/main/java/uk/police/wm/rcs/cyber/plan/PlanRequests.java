package uk.police.wm.rcs.cyber.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.cyber.events.PlanEnums.Area;
import uk.police.wm.rcs.cyber.events.PlanEnums.CommitmentStatus;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;

/** Requests, responses and events of the five-point plan and the 4P delivery plans. */
public final class PlanRequests {
    private PlanRequests() {
    }

    /** A commitment of the year's plan as set or revised. */
    public record SetCommitment(@NotBlank @Size(max = 1000) String commitment, @NotNull CommitmentStatus status,
            @Size(max = 4000) String commentary) {
    }

    public record CommitmentView(String financialYear, Area area, String commitment, CommitmentStatus status,
            String commentary, long version) {
        static CommitmentView of(FivePointCommitment c) {
            return new CommitmentView(PlanService.label(c.key.financialYear()), c.key.area(), c.commitment, c.status,
                    c.commentary, c.version);
        }
    }

    /** A year's five-point plan: the commitments set so far, in the plan's order. */
    public record FivePointPlanView(String financialYear, List<CommitmentView> commitments) {
    }

    /** The lead of a strand's delivery plan. */
    public record SetLead(@NotBlank @Size(max = 120) String lead) {
    }

    public record DeliveryPlanView(String financialYear, Strand strand, String lead, long version) {
        static DeliveryPlanView of(DeliveryPlan p) {
            return new DeliveryPlanView(PlanService.label(p.key.financialYear()), p.key.strand(), p.lead, p.version);
        }
    }

    /**
     * A new action of a delivery plan, with its starting RAG; given {@code startedOn}, that RAG is also recorded as
     * the action's first progress note on that day (so quarterly RAG counts see it from then).
     */
    public record NewAction(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 120) String owner,
            @NotNull LocalDate dueOn, @NotNull Rag rag, LocalDate startedOn) {
    }

    /** An action's details as revised; RAG changes come with progress notes. */
    public record ReviseAction(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 120) String owner,
            @NotNull LocalDate dueOn, LocalDate completedOn) {
    }

    /** A dated progress note stating the action's RAG on that day. */
    public record NewProgressNote(@NotNull LocalDate notedOn, @NotNull Rag rag, @NotBlank @Size(max = 2000) String note) {
    }

    public record ProgressNoteView(LocalDate notedOn, Rag rag, String note) {
        static ProgressNoteView of(PlanProgressNote n) {
            return new ProgressNoteView(n.notedOn, n.rag, n.note);
        }
    }

    public record ActionView(String id, String financialYear, Strand strand, String title, String owner,
            LocalDate dueOn, Rag rag, LocalDate completedOn, long version) {
        static ActionView of(PlanAction a) {
            return new ActionView(a.id.toString(), PlanService.label(a.financialYear), a.strand, a.title, a.owner,
                    a.dueOn, a.rag, a.completedOn, a.version);
        }
    }

    /** An action in the governance view, with the notes made during the quarter. */
    public record GovernanceAction(ActionView action, boolean overdue, List<ProgressNoteView> notesInQuarter) {
    }

    /** One strand in the governance view. */
    public record GovernanceStrand(Strand strand, String lead, Map<Rag, Long> ragCounts, List<GovernanceAction> actions) {
    }

    /** What the quarterly strategic governance group reviews, in one call. */
    public record GovernanceView(String quarter, List<CommitmentView> fivePointPlan, List<GovernanceStrand> strands,
            long overdueActions) {
    }
}
