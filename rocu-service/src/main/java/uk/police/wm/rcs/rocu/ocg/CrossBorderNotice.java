package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner region's notice that a group crosses the border, attached to an OCG for an analyst to decide. */
@Entity
public class CrossBorderNotice extends PanacheEntityBase {


    @Id
    public UUID id;

    public UUID ocgId;

    /** The partner region's OAuth2 client. */
    public String partnerClient;

    /** The partner's own reference: a resend of the same notice is the same notice. */
    public String partnerReference;

    public String summary;

    @Enumerated(EnumType.STRING)
    public CrossBorderNoticeEvents.Status status;

    public String decisionReason;

    public String decidedBy;

    public Instant receivedAt;

    public Instant decidedAt;

    @Version
    public long version;
}
