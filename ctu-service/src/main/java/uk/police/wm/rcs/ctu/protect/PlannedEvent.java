package uk.police.wm.rcs.ctu.protect;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ExpectedDemand;

/** A planned event that will drive Protect and Prepare demand (Commonwealth Games 2022, City of Culture, HS2). */
@Entity
public class PlannedEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false)
    public LocalDate startsOn;

    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpectedDemand expectedDemand;

    public String notes;
}
