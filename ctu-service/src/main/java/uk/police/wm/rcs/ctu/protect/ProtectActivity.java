package uk.police.wm.rcs.ctu.protect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ActivityKind;
import uk.police.wm.rcs.ctu.events.ProtectEnums.SiteType;
import uk.police.wm.rcs.platform.security.MarkedEntity;
import uk.police.wm.rcs.platform.security.Force;

/** A security-advisor visit or review of a site, or a training session with its attendee count. */
@Entity
public class ProtectActivity extends MarkedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Force force;

    /** The recording system's reference, unique per force (replays are harmless). */
    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    @Enumerated(EnumType.STRING)
    public SiteType siteType;

    public Integer attendees;

    @Column(nullable = false)
    public LocalDate deliveredOn;

    @Version
    public long version;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;
}
