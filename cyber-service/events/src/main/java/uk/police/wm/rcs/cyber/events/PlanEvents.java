package uk.police.wm.rcs.cyber.events;

import java.time.LocalDate;
import uk.police.wm.rcs.cyber.events.PlanEnums.Area;
import uk.police.wm.rcs.cyber.events.PlanEnums.CommitmentStatus;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The plan events on {@code cyber.events}: the five-point plan's commitments and the 4P delivery plans' actions. */
public final class PlanEvents {
    private PlanEvents() {
    }

    /** Event {@value #TYPE}: a commitment of the five-point plan was set or revised. */
    @OutboxEvent.Type(value = CommitmentUpdated.TYPE, aggregate = "five-point-commitment")
    public record CommitmentUpdated(String financialYear, Area area, CommitmentStatus status, String commitment)
            implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.five-point-commitment.updated.v1";

        @Override
        public String aggregateId() {
            return financialYear + "/" + area;
        }
    }

    /** Event {@value #TYPE}: a delivery plan action was created, revised or had a progress note. */
    @OutboxEvent.Type(value = ActionUpdated.TYPE, aggregate = "plan-action")
    public record ActionUpdated(@OutboxEvent.Key String id, String financialYear, Strand strand, String title,
            String owner, LocalDate dueOn, Rag rag, LocalDate completedOn) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.plan-action.updated.v1";
    }
}
