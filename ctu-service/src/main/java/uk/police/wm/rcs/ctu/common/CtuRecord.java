package uk.police.wm.rcs.ctu.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/**
 * The columns every recorded CTU record has besides its marking: its id, its version (optimistic locking, the
 * ETag) and who recorded it when.
 */
@MappedSuperclass
public abstract class CtuRecord extends MarkedEntity {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;
}
