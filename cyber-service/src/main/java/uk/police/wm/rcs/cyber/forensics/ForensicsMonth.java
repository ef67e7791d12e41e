package uk.police.wm.rcs.cyber.forensics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A month's mobile-device examinations at digital kiosks against devices submitted centrally. */
@Entity
public class ForensicsMonth extends PanacheEntityBase {

    /** The first day of the month. */
    @Id
    public LocalDate month;

    @Column(nullable = false)
    public int kioskExaminations;

    @Column(nullable = false)
    public int centralSubmissions;

    @Version
    public long version;
}
