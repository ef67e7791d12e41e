package uk.police.wm.rcs.rocu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** One of the year's departmental objectives. */
@Entity
public class DepartmentalObjective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String financialYear;

    public String title;

    public String description;
}
