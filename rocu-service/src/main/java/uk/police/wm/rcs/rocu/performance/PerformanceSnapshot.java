package uk.police.wm.rcs.rocu.performance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A frozen quarter: its figures as reported, never changed afterwards. */
@Entity
@Table(name = "performance_snapshot")
public class PerformanceSnapshot extends PanacheEntityBase {

    /** The quarter, e.g. {@code 2018-19/Q2}. */
    @Id
    public String quarter;

    /** The {@code QuarterFigures} as JSON. */
    public String figures;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Column(name = "frozen_by")
    public String frozenBy;
}
