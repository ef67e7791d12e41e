package uk.police.wm.rcs.ctu.prevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import uk.police.wm.rcs.ctu.common.CtuRecord;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.ctu.events.PreventEnums.MacPartner;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.ReferralSource;
import uk.police.wm.rcs.ctu.events.PreventEnums.SafeguardingBoard;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;

/** A Prevent referral and the case it becomes: about a person, so every read is justified and audited. */
@Entity
public class PreventCase extends CtuRecord {

    /** The referring system's reference (natural key, makes replays harmless). */
    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralSource referralSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Motivation motivation;

    @Column(nullable = false)
    public LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public LocalDate outcomeOn;

    @Column(nullable = false)
    public boolean safeguarding;

    @Column(nullable = false)
    public boolean childProtection;

    @Enumerated(EnumType.STRING)
    public SafeguardingBoard safeguardingBoard;

    @Enumerated(EnumType.STRING)
    public MacPartner macPartner;

    /** Free text about the person: never in an event. */
    public String notes;

    @Column(nullable = false)
    public LocalDate retentionReviewOn;

    /** When the case was disposed of at its MoPI review (its personal data erased); null while kept. */
    public Instant disposedAt;
}
