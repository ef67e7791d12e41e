package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/** One decision in a disruption's moderation history (never changed once written). */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "disruption_id")
    public UUID disruptionId;

    @Column(name = "panel_id")
    public UUID panelId;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DisruptionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public DisruptionStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_impact")
    public Impact claimedImpact;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderated_impact")
    public Impact moderatedImpact;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
