package uk.police.wm.rcs.rocu.ocg;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A threat band OCGs are scored into: configurable data, ordered by rank (1 = highest threat). */
@Entity
public class ThreatBand extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public int rank;
}
