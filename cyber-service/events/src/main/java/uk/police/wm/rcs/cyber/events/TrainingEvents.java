package uk.police.wm.rcs.cyber.events;

import java.time.LocalDate;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;

/** The training event on {@code cyber.events}: cyber awareness training delivered (para 74). */
public final class TrainingEvents {
    private TrainingEvents() {
    }

    /** Who was trained (para 74). */
    public enum Audience {
        STUDENT_OFFICERS, NEIGHBOURHOOD_TEAMS, INVESTIGATORS, STAFF, PARTNERS, PUBLIC
    }

    /** Event {@value #TYPE}: a training session was recorded; key: the session id. */
    @OutboxEvent.Type(value = SessionRecorded.TYPE, aggregate = "training-session")
    public record SessionRecorded(@OutboxEvent.Key String id, LocalDate deliveredOn, Audience audience,
            String course, int attendees) implements OutboxEvent.Official {
        public static final String TYPE = "uk.police.wm.cyber.training-session.recorded.v1";
    }
}
