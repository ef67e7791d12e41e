package uk.police.wm.rcs.rocu.performance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/**
 * A frozen quarter: its figures as reported, never changed afterwards, marked with the highest marking of the records
 * it counts (only a reader that marking covers is shown it).
 */
@Entity
public class PerformanceSnapshot extends MarkedEntity {

    /** The quarter, e.g. {@code 2018-19/Q2}. */
    @Id
    public String quarter;

    /** The {@code QuarterFigures} as JSON. */
    public String figures;

    public Instant frozenAt;

    public String frozenBy;
}
