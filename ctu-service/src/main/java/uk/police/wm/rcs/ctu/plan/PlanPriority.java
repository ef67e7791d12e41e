package uk.police.wm.rcs.ctu.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.PlanEnums.PriorityKind;

/** One of a plan's regional or national strategic priorities. */
@Entity
public class PlanPriority extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public BusinessPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PriorityKind kind;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;
}
