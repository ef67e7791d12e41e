package uk.police.wm.rcs.cyber.training;

import uk.police.wm.rcs.cyber.events.TrainingEvents.Audience;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** A cyber awareness training session delivered to an audience, with how many attended. */
@Entity
public class TrainingSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Column(nullable = false)
    public String course;

    @Column(nullable = false)
    public int attendees;
}
