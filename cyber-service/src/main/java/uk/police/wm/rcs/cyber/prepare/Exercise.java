package uk.police.wm.rcs.cyber.prepare;

import uk.police.wm.rcs.cyber.events.PrepareEvents.Kind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** A preparedness exercise (table-top, live, event-specific or regional) and who took part. */
@Entity
public class Exercise extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String partners;
}
