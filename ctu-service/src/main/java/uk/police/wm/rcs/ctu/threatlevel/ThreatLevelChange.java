package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry in the threat level history of a scope: the level that took effect on a date. */
@Entity
public class ThreatLevelChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ThreatScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ThreatLevel level;

    @Column(nullable = false)
    public LocalDate effectiveFrom;

    /** Who set it: JTAC for the national levels, MI5 for Northern Ireland. */
    @Column(nullable = false)
    public String setBy;

    @Column(nullable = false)
    public String rationale;

    @Column(nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String recordedBy;
}
