package uk.police.wm.rcs.cyber.outreach;

import uk.police.wm.rcs.cyber.events.OutreachEvents;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monthly Protect awareness campaign: theme, channel, partner and reach. */
@Entity
public class ProtectCampaign extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The first day of the month. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(nullable = false)
    public String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutreachEvents.Channel channel;

    public String partner;

    @Column(nullable = false)
    public int reach;

    @Column(nullable = false)
    public Instant recordedAt;
}
