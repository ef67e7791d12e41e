package uk.police.wm.rcs.ctu.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.PlanEnums.Rag;
import uk.police.wm.rcs.ctu.events.PlanEnums.ReviewingBody;

/** A reviewing body's quarterly RAG status and commentary on one priority (marked as its plan). */
@Entity
public class PriorityReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "priority_id")
    public PlanPriority priority;

    @Column(nullable = false)
    public int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewingBody reviewingBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;

    @Column(nullable = false)
    public String commentary;

    @Column(nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String recordedBy;
}
