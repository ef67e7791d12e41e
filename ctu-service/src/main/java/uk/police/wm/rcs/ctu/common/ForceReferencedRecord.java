package uk.police.wm.rcs.ctu.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import uk.police.wm.rcs.platform.security.Force;

/**
 * A record a force's system sends under its own reference: force, reference and marking are its natural key
 * (unique in the schema), so a replay finds the record sent before instead of making a second.
 */
@MappedSuperclass
public abstract class ForceReferencedRecord extends CtuRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Force force;

    /** The recording system's reference, unique per force and marking (replays are harmless). */
    @Column(nullable = false)
    public String reference;
}
