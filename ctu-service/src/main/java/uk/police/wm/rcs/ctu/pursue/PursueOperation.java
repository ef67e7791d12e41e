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
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.ctu.common.CtuRecord;
import uk.police.wm.rcs.ctu.events.Motivation;

/** A Pursue investigation or operation: subjects of interest are counted here, never named. */
@Entity
public class PursueOperation extends CtuRecord {

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


    /** People counted across the outcomes of one kind. */
    public int total(OutcomeKind kind) {
        return outcomes.stream().filter(o -> o.kind == kind).mapToInt(o -> o.people).sum();
    }
}
