package uk.police.wm.rcs.ctu.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/** A year's CTU business plan: its strategic priorities, marked as the report says (performance data is classified). */
@Entity
public class BusinessPlan extends MarkedEntity {

    @Id
    public UUID id;

    /** e.g. {@code 2018-19}. */
    @Column(nullable = false, unique = true)
    public String financialYear;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    public List<PlanPriority> priorities = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;
}
