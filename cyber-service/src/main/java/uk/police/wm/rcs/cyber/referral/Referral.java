package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.CrimeClass;
import uk.police.wm.rcs.cyber.events.ReferralSource;
import uk.police.wm.rcs.cyber.events.TriageOutcome;
import uk.police.wm.rcs.cyber.events.VictimType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/**
 * An Action Fraud referral about a victim, its triage by the Economic Crime Unit and the victim's contact; a record
 * about a person, so it carries a protective marking and is read only by those cleared for it.
 */
@Entity
public class Referral extends MarkedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String actionFraudReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Force force;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CrimeClass crimeClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VictimType victimType;

    @Column(nullable = false)
    public boolean vulnerableVictim;

    @Enumerated(EnumType.STRING)
    public Vulnerability vulnerability;

    @Column(nullable = false)
    public BigDecimal reportedLoss;

    @Column(nullable = false)
    public Instant receivedAt;

    /** For a vulnerable victim: the last day the victim may be first contacted. */
    public LocalDate contactDueBy;

    public LocalDate victimContactedOn;

    public Instant triagedAt;

    @Enumerated(EnumType.STRING)
    public TriageOutcome triageOutcome;

    public String receivingUnit;

    public String triagedBy;

    @Column(nullable = false)
    public int triageCorrections;

    /** For a direct report: the day it was sent on to Action Fraud for recording (null while pending). */
    public LocalDate sentToActionFraudOn;

    @Column(nullable = false)
    public LocalDate retentionReviewOn;

    @Column(nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String recordedBy;

    /** When the referral was disposed of at its MoPI review (its victim details erased); null while kept. */
    public Instant disposedAt;

    @Version
    public long version;

    public boolean isTriaged() {
        return triageOutcome != null;
    }
}
