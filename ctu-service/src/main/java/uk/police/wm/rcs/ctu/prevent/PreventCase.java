package uk.police.wm.rcs.ctu.prevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.events.PreventEnums.MacPartner;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.ReferralSource;
import uk.police.wm.rcs.ctu.events.PreventEnums.SafeguardingBoard;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/** A Prevent referral and the case it becomes: about a person, so every read is justified and audited. */
@Entity
@Table(name = "prevent_case")
public class PreventCase extends MarkedEntity {

    @Id
    public UUID id;

    /** The referring system's reference (natural key, makes replays harmless). */
    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false)
    public ReferralSource referralSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Motivation motivation;

    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_on")
    public LocalDate outcomeOn;

    @Column(nullable = false)
    public boolean safeguarding;

    @Column(name = "child_protection", nullable = false)
    public boolean childProtection;

    @Enumerated(EnumType.STRING)
    @Column(name = "safeguarding_board")
    public SafeguardingBoard safeguardingBoard;

    @Enumerated(EnumType.STRING)
    @Column(name = "mac_partner")
    public MacPartner macPartner;

    /** Free text about the person: never in an event. */
    public String notes;

    @Column(name = "retention_review_on", nullable = false)
    public LocalDate retentionReviewOn;

    /** When the case was disposed of at its MoPI review (its personal data erased); null while kept. */
    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
