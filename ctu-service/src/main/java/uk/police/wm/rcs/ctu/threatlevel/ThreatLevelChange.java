package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry in the threat level history of a scope: the level that took effect on a date. */
@Entity
@Table(name = "threat_level_change")
public class ThreatLevelChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ThreatScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ThreatLevel level;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Who set it: JTAC for the national levels, MI5 for Northern Ireland. */
    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
