package uk.police.wm.rcs.rocu.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monthly moderation panel, chaired by the ROCU, attended by forces and partner agencies. */
@Entity
public class ModerationPanel extends PanacheEntityBase {

    @Id
    public UUID id;

    public LocalDate heldOn;

    /** The chair's role. */
    public String chair;

    /** Sorted, comma-separated force codes. */
    public String attendingForces;

    /** Sorted, comma-separated ("" for none). */
    public String partnerAgencies;

    public Instant recordedAt;

    public String recordedBy;
}
