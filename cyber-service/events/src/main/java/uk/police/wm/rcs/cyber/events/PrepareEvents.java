package uk.police.wm.rcs.cyber.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The Prepare events on {@code cyber.events}: phishing simulations and exercises (paras 86-88). */
public final class PrepareEvents {
    private PrepareEvents() {
    }

    /** What sort of exercise it was. */
    public enum Kind {
        TABLE_TOP, LIVE, EVENT_SPECIFIC, REGIONAL
    }

    /** Event {@value #TYPE}: a phishing simulation's results were recorded; key: the simulation id. */
    @OutboxEvent.Type(value = SimulationRecorded.TYPE, aggregate = "phishing-simulation")
    public record SimulationRecorded(@OutboxEvent.Key String id, String name, LocalDate sentOn, int sent, int clicked,
            int reported, BigDecimal clickRate, BigDecimal reportRate) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.phishing-simulation.recorded.v1";
    }

    /** Event {@value #TYPE}: an exercise was recorded; key: the exercise id. */
    @OutboxEvent.Type(value = ExerciseRecorded.TYPE, aggregate = "exercise")
    public record ExerciseRecorded(@OutboxEvent.Key String id, String name, LocalDate heldOn, Kind kind,
            String partners) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.exercise.recorded.v1";
    }
}
