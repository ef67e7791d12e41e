package uk.police.wm.rcs.ctu.prepare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.police.wm.rcs.ctu.events.PrepareEnums.FollowUp;

/** A lesson identified by an exercise and the state of its follow-up. */
@Embeddable
public class ExerciseLesson {

    @Column(nullable = false)
    public String lesson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUp followUp;
}
