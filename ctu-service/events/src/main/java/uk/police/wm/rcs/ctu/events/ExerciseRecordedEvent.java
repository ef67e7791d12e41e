package uk.police.wm.rcs.ctu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.ctu.events.PrepareEnums.ExerciseType;
import uk.police.wm.rcs.ctu.events.PrepareEnums.Scenario;
import uk.police.wm.rcs.platform.security.Force;

/**
 * Event {@value #TYPE}: an exercise was recorded or its lessons' follow-up changed. Counts and categories only:
 * no title, place, agency names or lesson text. Appended with the exercise's marking, which the outbox puts into
 * the data and the headers. The measures and the version are boxed: events published before they were sent lack
 * them, and a reader takes an absent version as 1 and an absent measure as 0.
 */
@OutboxEvent.Type(value = ExerciseRecordedEvent.TYPE, aggregate = ExerciseRecordedEvent.AGGREGATE)
public record ExerciseRecordedEvent(@OutboxEvent.Key String id, Force force, String quarter, ExerciseType type,
        Scenario scenario, Integer agencies, Integer lessons, Long openLessons, Long version,
        Classification classification, Set<String> caveats) implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.ctu.exercise.recorded.v1";
    public static final String AGGREGATE = "exercise";
}
