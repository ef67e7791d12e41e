package uk.police.wm.rcs.rocu.moderation;

import uk.police.wm.rcs.rocu.events.Decision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;

/** One decision in a disruption's moderation history (never changed once written). */
@Entity
public class ModerationDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public UUID disruptionId;

    public UUID panelId;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    public DisruptionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public DisruptionStatus toStatus;

    @Enumerated(EnumType.STRING)
    public Impact claimedImpact;

    @Enumerated(EnumType.STRING)
    public Impact moderatedImpact;

    public String reason;

    public String decidedBy;

    public Instant decidedAt;
}
