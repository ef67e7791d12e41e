package uk.police.wm.rcs.cyber.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import uk.police.wm.rcs.cyber.events.PlanEnums.Area;
import uk.police.wm.rcs.cyber.events.PlanEnums.CommitmentStatus;

/** One of the five commitments of a financial year's plan, with its status and commentary. */
@Entity
public class FivePointCommitment extends PanacheEntityBase {

    /** A commitment is identified by its year and area. */
    @Embeddable
    public record Key(int financialYear,
            @Enumerated(EnumType.STRING) Area area) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String commitment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status;

    public String commentary;

    @Column(nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
