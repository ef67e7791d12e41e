package uk.police.wm.rcs.rocu.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/**
 * A frozen quarter: its figures as reported, never changed afterwards, marked with the highest marking of the records
 * it counts (only a reader that marking covers is shown it).
 */
@Entity
@Table(name = "performance_snapshot")
public class PerformanceSnapshot extends MarkedEntity {

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
