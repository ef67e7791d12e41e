package uk.police.wm.rcs.cyber.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.OutreachEvents.EventAudience;
import uk.police.wm.rcs.cyber.events.OutreachEvents.EventKind;
import uk.police.wm.rcs.cyber.events.OutreachEvents.OutreachStrand;

/** A Protect or Prevent outreach event or conference: when, what, for whom and how many attended. */
@Entity
public class OutreachEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutreachStrand strand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventAudience audience;

    public String partner;

    @Column(nullable = false)
    public int attendees;

    @Column(nullable = false)
    public Instant recordedAt;
}
