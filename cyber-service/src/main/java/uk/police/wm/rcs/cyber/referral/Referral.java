package uk.police.wm.rcs.cyber.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
@Table(name = "referral")
public class Referral extends MarkedEntity {

    @Id
    public UUID id;

    @Column(name = "action_fraud_reference", nullable = false)
    public String actionFraudReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Force force;

    @Enumerated(EnumType.STRING)
    @Column(name = "crime_class", nullable = false)
    public CrimeClass crimeClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_type", nullable = false)
    public VictimType victimType;

    @Column(name = "vulnerable_victim", nullable = false)
    public boolean vulnerableVictim;

    @Enumerated(EnumType.STRING)
    public Vulnerability vulnerability;

    @Column(name = "reported_loss", nullable = false)
    public BigDecimal reportedLoss;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** For a vulnerable victim: the last day the victim may be first contacted. */
    @Column(name = "contact_due_by")
    public LocalDate contactDueBy;

    @Column(name = "victim_contacted_on")
    public LocalDate victimContactedOn;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_outcome")
    public TriageOutcome triageOutcome;

    @Column(name = "receiving_unit")
    public String receivingUnit;

    @Column(name = "triaged_by")
    public String triagedBy;

    @Column(name = "triage_corrections", nullable = false)
    public int triageCorrections;

    /** For a direct report: the day it was sent on to Action Fraud for recording (null while pending). */
    @Column(name = "sent_to_action_fraud_on")
    public LocalDate sentToActionFraudOn;

    @Column(name = "retention_review_on", nullable = false)
    public LocalDate retentionReviewOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** When the referral was disposed of at its MoPI review (its victim details erased); null while kept. */
    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Version
    public long version;

    public boolean isTriaged() {
        return triageOutcome != null;
    }
}
