package uk.police.wm.rcs.ctu.protect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import uk.police.wm.rcs.ctu.common.ForceReferencedRecord;
import uk.police.wm.rcs.ctu.events.ProtectEnums.ActivityKind;
import uk.police.wm.rcs.ctu.events.ProtectEnums.SiteType;

/** A security-advisor visit or review of a site, or a training session with its attendee count. */
@Entity
public class ProtectActivity extends ForceReferencedRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    @Enumerated(EnumType.STRING)
    public SiteType siteType;

    public Integer attendees;

    @Column(nullable = false)
    public LocalDate deliveredOn;
}
