package uk.police.wm.rcs.ctu.pursue;

import uk.police.wm.rcs.ctu.events.OperationStatus;
import uk.police.wm.rcs.ctu.events.AttackPlanningStage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.ctu.events.Motivation;
import uk.police.wm.rcs.platform.security.MarkedEntity;

/** A Pursue investigation or operation: subjects of interest are counted here, never named. */
@Entity
public class PursueOperation extends MarkedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String operationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Motivation motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttackPlanningStage stage;

    @Column(nullable = false)
    public LocalDate openedOn;

    @Column(nullable = false)
    public int subjectsOfInterest;

    /** Free-text narrative: stays inside the service, never in an event. */
    public String summary;

    @Column(nullable = false)
    public boolean reportingRestricted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pursue_outcome", joinColumns = @JoinColumn(name = "operation_id"))
    public List<PursueOutcome> outcomes = new ArrayList<>();

    @Version
    public long version;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;

    /** People counted across the outcomes of one kind. */
    public int total(OutcomeKind kind) {
        return outcomes.stream().filter(o -> o.kind == kind).mapToInt(o -> o.people).sum();
    }
}
