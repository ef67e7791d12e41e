package uk.police.wm.rcs.rocu.ocg;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A threat band OCGs are scored into: configurable data, ordered by rank (1 = highest threat). */
@Entity
@Table(name = "threat_band")
public class ThreatBand extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public int rank;
}
