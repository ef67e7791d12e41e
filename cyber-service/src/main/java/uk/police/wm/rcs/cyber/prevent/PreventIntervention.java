package uk.police.wm.rcs.cyber.prevent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionOutcome;
import uk.police.wm.rcs.cyber.events.PreventEvents.InterventionType;
import uk.police.wm.rcs.cyber.events.PreventEvents.ReferralSource;

/** A cyber Prevent intervention as categories only (date, referral source, type, outcome): it names no one. */
@Entity
public class PreventIntervention extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public LocalDate intervenedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralSource referralSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionType interventionType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionOutcome outcome;

    @Column(nullable = false)
    public Instant recordedAt;
}
