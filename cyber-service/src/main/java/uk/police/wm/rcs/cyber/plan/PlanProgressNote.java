package uk.police.wm.rcs.cyber.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.cyber.plan.PlanEnums.Rag;

/** A dated progress note on a plan action, stating the action's RAG on that day. */
@Entity
@Table(name = "plan_progress_note")
public class PlanProgressNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(name = "noted_on", nullable = false)
    public LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;

    @Column(nullable = false)
    public String note;

    @Column(name = "noted_by", nullable = false)
    public String notedBy;
}
