package uk.police.wm.rcs.gateway.boardpack.issued;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/**
 * An issued board pack (DOMAIN.md, "The board pack as a record"): written once, never updated. Its marking is the
 * audience it was prepared for; only a reader that marking covers may read it.
 */
@Entity
public class IssuedBoardPack extends MarkedEntity {

    @Id
    public UUID id;

    public String quarter;

    public int version;

    public String issuedBy;

    public Instant issuedAt;

    public Instant asAt;

    /** What the figures are: which version, issued by whom and when, as at when, ROCU's frozen count. */
    public String statement;

    /** JSON: the last offset applied per topic and partition when the pack was built. */
    public String eventOffsets;

    /** JSON: the headline figures, by which the next version states what changed. */
    public String figures;

    /** JSON: what changed since the previous version, in words. */
    public String changes;

    public byte[] pdf;

    public String pdfSha256;
}
