package uk.police.wm.rcs.cyber.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;

/** A dated progress note on a plan action, stating the action's RAG on that day. */
@Entity
public class PlanProgressNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID actionId;

    @Column(nullable = false)
    public LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;

    @Column(nullable = false)
    public String note;

    @Column(nullable = false)
    public String notedBy;
}
