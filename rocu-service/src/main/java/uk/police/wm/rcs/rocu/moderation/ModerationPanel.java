package uk.police.wm.rcs.rocu.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monthly moderation panel, chaired by the ROCU, attended by forces and partner agencies. */
@Entity
@Table(name = "moderation_panel")
public class ModerationPanel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** The chair's role. */
    public String chair;

    /** Sorted, comma-separated force codes. */
    @Column(name = "attending_forces")
    public String attendingForces;

    /** Sorted, comma-separated ("" for none). */
    @Column(name = "partner_agencies")
    public String partnerAgencies;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
