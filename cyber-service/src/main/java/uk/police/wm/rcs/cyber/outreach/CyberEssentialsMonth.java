package uk.police.wm.rcs.cyber.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A month's Cyber Essentials work among SMEs: businesses the promotion reached and certifications gained. */
@Entity
public class CyberEssentialsMonth extends PanacheEntityBase {

    /** The first day of the month. */
    @Id
    public LocalDate month;

    @Column(nullable = false)
    public int smesEngaged;

    @Column(nullable = false)
    public int certifications;

    @Version
    public long version;
}
