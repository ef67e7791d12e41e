package uk.police.wm.rcs.cyber.training;

import uk.police.wm.rcs.cyber.events.TrainingEvents.Audience;
import uk.police.wm.rcs.cyber.events.TrainingEvents.SessionRecorded;
import uk.police.wm.rcs.cyber.register.Registers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Records training sessions and counts them by audience per financial year. */
@ApplicationScoped
public class TrainingService {

    /** A session as delivered. */
    public record NewSession(@NotNull LocalDate deliveredOn, @NotNull Audience audience,
            @NotBlank @Size(max = 200) String course, @NotNull @Positive Integer attendees) {
    }

    public record SessionView(String id, LocalDate deliveredOn, Audience audience, String course,
            int attendees) {
        static SessionView of(TrainingSession s) {
            return new SessionView(s.id.toString(), s.deliveredOn, s.audience, s.course, s.attendees);
        }
    }

    /** Sessions and people trained, per audience. */
    public record AudienceCount(long sessions, long attendees) {
    }

    /** A financial year's training: sessions and attendees per audience (the sessions are the paged list). */
    public record TrainingYear(String financialYear, long sessions, long attendees,
            Map<Audience, AudienceCount> byAudience) {
    }

    @Inject
    Registers registers;

    @Inject
    Outbox outbox;

    @Transactional
    public TrainingSession record(NewSession r) {
        registers.requireNotAfterToday(r.deliveredOn(), "deliveredOn is in the future.");
        if (TrainingSession.count("deliveredOn = ?1 and audience = ?2 and course = ?3", r.deliveredOn(), r.audience(),
                r.course().strip()) > 0) {
            throw Problems.conflict("This session is already recorded.");
        }
        TrainingSession s = new TrainingSession();
        s.id = UUID.randomUUID();
        s.deliveredOn = r.deliveredOn();
        s.audience = r.audience();
        s.course = r.course().strip();
        s.attendees = r.attendees();
        s.persist();
        outbox.append(new SessionRecorded(s.id.toString(), s.deliveredOn, s.audience, s.course, s.attendees));
        return s;
    }

    /** The financial year's counts per audience. */
    public TrainingYear year(FinancialQuarter q1) {
        List<TrainingSession> sessions = TrainingSession.list("deliveredOn >= ?1 and deliveredOn < ?2 order by deliveredOn",
                q1.start(), q1.start().plusYears(1));
        Map<Audience, AudienceCount> counts = new EnumMap<>(Audience.class);
        for (TrainingSession s : sessions) {
            counts.merge(s.audience, new AudienceCount(1, s.attendees),
                    (a, b) -> new AudienceCount(a.sessions() + b.sessions(), a.attendees() + b.attendees()));
        }
        return new TrainingYear(q1.financialYear(), sessions.size(),
                sessions.stream().mapToLong(s -> s.attendees).sum(), counts);
    }

    /** A page of the financial year's sessions by the day delivered. */
    public Page<TrainingSession> sessions(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(TrainingSession.class, "training_session", "delivered_on", q1,
                Keyset.Order.byDateThenId("delivered_on", s -> s.deliveredOn, s -> s.id, Direction.ASCENDING), page);
    }
}
