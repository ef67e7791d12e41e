package uk.police.wm.rcs.rocu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of the year's departmental objectives. */
@Entity
@Table(name = "departmental_objective")
public class DepartmentalObjective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "financial_year")
    public String financialYear;

    public String title;

    public String description;
}
