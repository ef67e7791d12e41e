package uk.police.wm.rcs.rocu.review;

import uk.police.wm.rcs.rocu.events.ReviewEvents;
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


    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String item;

    /** A role, not a named person. */
    public String owner;

    @Enumerated(EnumType.STRING)
    public ReviewEvents.Status status;

    public LocalDate nextReview;

    @Version
    public long version;
}
