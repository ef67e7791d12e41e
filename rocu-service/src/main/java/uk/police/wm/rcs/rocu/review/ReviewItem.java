package uk.police.wm.rcs.rocu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** An item of the review register commissioned after the Force Management Statement (paras 58-63). */
@Entity
public class ReviewItem extends PanacheEntityBase {

    /**
     * Progress of a review; {@code DEFERRED}: agreed not to take place until something else happens (para 63: the
     * regional SOC strategy review waits for the new national SOC strategy).
     */
    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETE, DEFERRED
    }

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String item;

    /** A role, not a named person. */
    public String owner;

    @Enumerated(EnumType.STRING)
    public Status status;

    public LocalDate nextReview;

    @Version
    public long version;
}
