package uk.police.wm.rcs.rocu.disruption;

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
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.MarkedEntity;
import uk.police.wm.rcs.rocu.crime.ActivityLevel;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.crime.FourP;

/**
 * A disruption claimed by a force system, with its claimed and moderated impact and moderation status; its marking
 * is the platform's ({@link MarkedEntity}).
 */
@Entity
@Table(name = "disruption")
public class Disruption extends MarkedEntity {

    @Id
    public UUID id;

    /** Insertion order, the list's keyset, set by the database (null on an entity persisted in this session). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    public Force force;

    @Column(name = "source_record_id")
    public String sourceRecordId;

    @Column(name = "content_hash")
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public TargetType targetType;

    @Column(name = "ocg_reference")
    public String ocgReference;

    @Column(name = "priority_individual_ref")
    public String priorityIndividualRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_agency")
    public LeadAgency leadAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "crime_type")
    public CrimeType crimeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_impact")
    public Impact claimedImpact;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderated_impact")
    public Impact moderatedImpact;

    @Enumerated(EnumType.STRING)
    public FourP category;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_level")
    public ActivityLevel activityLevel;

    @Column(name = "disrupted_on")
    public LocalDate disruptedOn;

    public String narrative;

    public boolean highlight;

    @Enumerated(EnumType.STRING)
    public DisruptionStatus status;

    /** Retention review date (MoPI), set when the record names a person. */
    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the disruption was disposed of at its MoPI review (its personal data erased); null while kept. */
    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Version
    public long version;

    /** The transaction of the last change (the platform's change trigger writes it; ChangeFeed pages by it). */
    @Column(name = "change_xid", insertable = false, updatable = false)
    public Long changeXid;

    /** When the record last changed (written by the same trigger). */
    @Column(name = "changed_at", insertable = false, updatable = false)
    public Instant changedAt;

    public boolean namesPerson() {
        return targetType == TargetType.PRIORITY_INDIVIDUAL;
    }
}
