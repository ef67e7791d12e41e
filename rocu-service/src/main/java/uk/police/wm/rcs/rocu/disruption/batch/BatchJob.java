package uk.police.wm.rcs.rocu.disruption.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.disruption.batch.BatchRequests.JobStatus;

/** A large disruption batch being imported in the background. */
@Entity
@Table(name = "disruption_batch_job")
public class BatchJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Force force;

    public String submittedBy;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    public int total;

    public int processed;

    /** The {@code BatchResult} as JSON, once completed. */
    public String result;

    public Instant submittedAt;

    public Instant finishedAt;
}
