package uk.police.wm.rcs.ctu.prepare;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.ctu.common.ForceReferencedRecord;
import uk.police.wm.rcs.ctu.events.PrepareEnums.ExerciseType;
import uk.police.wm.rcs.ctu.events.PrepareEnums.Scenario;

/** A Prepare exercise (live play or table top), its participating agencies and the lessons it identified. */
@Entity
@Table(name = "prepare_exercise")
public class Exercise extends ForceReferencedRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExerciseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scenario scenario;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String place;

    /** Participating agencies, '|'-separated. */
    @Column(nullable = false)
    public String agencies;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_lesson", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    public List<ExerciseLesson> lessons = new ArrayList<>();
}
