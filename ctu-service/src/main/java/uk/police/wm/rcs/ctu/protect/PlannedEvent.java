package uk.police.wm.rcs.ctu.protect;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ExpectedDemand;

/** A planned event that will drive Protect and Prepare demand (Commonwealth Games 2022, City of Culture, HS2). */
@Entity
@Table(name = "planned_event")
public class PlannedEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_demand", nullable = false)
    public ExpectedDemand expectedDemand;

    public String notes;
}
