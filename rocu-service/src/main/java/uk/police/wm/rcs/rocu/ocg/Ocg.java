package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.MarkedEntity;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;

/** An organised crime group in the register; its marking is the platform's ({@link MarkedEntity}). */
@Entity
@Table(name = "ocg")
public class Ocg extends MarkedEntity {

    @Id
    public UUID id;

    /** Insertion order, the list's keyset (set by the database). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String reference;

    /** What a partner region may cite and look up: random, never derived from {@link #reference} or the name. */
    @Column(name = "shareable_reference")
    public String shareableReference;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "owning_force")
    public Force owningForce;

    /** A role, never a named person (para 56). */
    @Column(name = "lead_responsible_officer")
    public String leadResponsibleOfficer;

    @Enumerated(EnumType.STRING)
    @Column(name = "predominant_crime_type")
    public CrimeType predominantCrimeType;

    /** Sorted, comma-separated ("" for none). */
    @Column(name = "secondary_crime_types")
    public String secondaryCrimeTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_level")
    public ActivityLevel activityLevel;

    @Column(name = "threat_band")
    public String threatBand;

    @Enumerated(EnumType.STRING)
    public OcgStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
