package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.TargetType;
import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.MarkedEntity;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.FourP;

/**
 * A disruption claimed by a force system, with its claimed and moderated impact and moderation status; its marking
 * is the platform's ({@link MarkedEntity}).
 */
@Entity
public class Disruption extends MarkedEntity {

    @Id
    public UUID id;

    /** Insertion order, the list's keyset, set by the database (null on an entity persisted in this session). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    public Force force;

    public String sourceRecordId;

    public String contentHash;

    @Enumerated(EnumType.STRING)
    public TargetType targetType;

    public String ocgReference;

    public String priorityIndividualRef;

    @Enumerated(EnumType.STRING)
    public LeadAgency leadAgency;

    @Enumerated(EnumType.STRING)
    public CrimeType crimeType;

    @Enumerated(EnumType.STRING)
    public Impact claimedImpact;

    @Enumerated(EnumType.STRING)
    public Impact moderatedImpact;

    @Enumerated(EnumType.STRING)
    public FourP category;

    @Enumerated(EnumType.STRING)
    public ActivityLevel activityLevel;

    public LocalDate disruptedOn;

    public String narrative;

    public boolean highlight;

    @Enumerated(EnumType.STRING)
    public DisruptionStatus status;

    /** Retention review date (MoPI), set when the record names a person. */
    public LocalDate reviewDate;

    public Instant recordedAt;

    public String recordedBy;

    public Instant updatedAt;

    /** When the disruption was disposed of at its MoPI review (its personal data erased); null while kept. */
    public Instant disposedAt;

    @Version
    public long version;

    /** The transaction of the last change (the platform's change trigger writes it; ChangeFeed pages by it). */
    @Column(insertable = false, updatable = false)
    public Long changeXid;

    /** When the record last changed (written by the same trigger). */
    @Column(insertable = false, updatable = false)
    public Instant changedAt;

    public boolean namesPerson() {
        return targetType == TargetType.PRIORITY_INDIVIDUAL;
    }
}
