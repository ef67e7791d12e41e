package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner region's notice that a group crosses the border, attached to an OCG for an analyst to decide. */
@Entity
@Table(name = "cross_border_notice")
public class CrossBorderNotice extends PanacheEntityBase {


    @Id
    public UUID id;

    @Column(name = "ocg_id")
    public UUID ocgId;

    /** The partner region's OAuth2 client. */
    @Column(name = "partner_client")
    public String partnerClient;

    /** The partner's own reference: a resend of the same notice is the same notice. */
    @Column(name = "partner_reference")
    public String partnerReference;

    public String summary;

    @Enumerated(EnumType.STRING)
    public CrossBorderNoticeEvents.Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
