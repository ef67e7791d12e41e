package uk.police.wm.rcs.cyber.prepare;

import uk.police.wm.rcs.cyber.events.PrepareEvents.ExerciseRecorded;
import uk.police.wm.rcs.cyber.events.PrepareEvents.Kind;
import uk.police.wm.rcs.cyber.events.PrepareEvents.SimulationRecorded;
import uk.police.wm.rcs.cyber.register.Registers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Prepare: exercises and phishing simulations, with click and report rates computed. */
@ApplicationScoped
public class PrepareService {

    /** A simulation's results. */
    public record NewSimulation(@NotBlank @Size(max = 200) String name, @NotNull LocalDate sentOn,
            @NotNull @Positive Integer sent, @NotNull @PositiveOrZero Integer clicked,
            @NotNull @PositiveOrZero Integer reported) {
    }

    /** A simulation with its rates (0 to 1, four places). */
    public record SimulationView(String id, String name, LocalDate sentOn, int sent, int clicked, int reported,
            BigDecimal clickRate, BigDecimal reportRate) {
        static SimulationView of(PhishingSimulation s) {
            return new SimulationView(s.id.toString(), s.name, s.sentOn, s.sent, s.clicked, s.reported,
                    rate(s.clicked, s.sent), rate(s.reported, s.sent));
        }
    }

    /** An exercise as held. */
    public record NewExercise(@NotBlank @Size(max = 200) String name, @NotNull LocalDate heldOn,
            @NotNull Kind kind, @Size(max = 500) String partners) {
    }

    public record ExerciseView(String id, String name, LocalDate heldOn, Kind kind, String partners) {
        static ExerciseView of(Exercise e) {
            return new ExerciseView(e.id.toString(), e.name, e.heldOn, e.kind, e.partners);
        }
    }

    @Inject
    Registers registers;

    @Inject
    Outbox outbox;

    /** Records a simulation; clicks and reports cannot exceed the emails sent. */
    @Transactional
    public PhishingSimulation recordSimulation(NewSimulation request) {
        if (request.clicked() > request.sent() || request.reported() > request.sent()) {
            throw Problems.unprocessable("clicked and reported cannot exceed sent (" + request.sent() + ").");
        }
        registers.requireNotAfterToday(request.sentOn(), "sentOn is in the future.");
        if (PhishingSimulation.count("name", request.name().strip()) > 0) {
            throw Problems.conflict("A phishing simulation named '" + request.name().strip() + "' is recorded.");
        }
        PhishingSimulation s = new PhishingSimulation();
        s.id = UUID.randomUUID();
        s.name = request.name().strip();
        s.sentOn = request.sentOn();
        s.sent = request.sent();
        s.clicked = request.clicked();
        s.reported = request.reported();
        s.persist();
        SimulationView v = SimulationView.of(s);
        outbox.append(new SimulationRecorded(v.id(), v.name(), v.sentOn(), v.sent(), v.clicked(), v.reported(),
                v.clickRate(), v.reportRate()));
        return s;
    }

    /** Records an exercise; the same name on the same day is a conflict. */
    @Transactional
    public Exercise recordExercise(NewExercise request) {
        if (Exercise.count("name = ?1 and heldOn = ?2", request.name().strip(), request.heldOn()) > 0) {
            throw Problems.conflict("Exercise '" + request.name().strip() + "' on " + request.heldOn() + " is recorded.");
        }
        Exercise e = new Exercise();
        e.id = UUID.randomUUID();
        e.name = request.name().strip();
        e.heldOn = request.heldOn();
        e.kind = request.kind();
        e.partners = request.partners() == null ? null : request.partners().strip();
        e.persist();
        outbox.append(new ExerciseRecorded(e.id.toString(), e.name, e.heldOn, e.kind, e.partners));
        return e;
    }

    /** A page of the financial year's simulations by the day sent. */
    public Page<PhishingSimulation> simulations(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(PhishingSimulation.class, "phishing_simulation", "sent_on", q1,
                Keyset.Order.byDateThenId("sent_on", s -> s.sentOn, s -> s.id, Direction.ASCENDING), page);
    }

    /** A page of the financial year's exercises by the day held. */
    public Page<Exercise> exercises(FinancialQuarter q1, PageRequest page) {
        return registers.yearPage(Exercise.class, "exercise", "held_on", q1,
                Keyset.Order.byDateThenId("held_on", e -> e.heldOn, e -> e.id, Direction.ASCENDING), page);
    }

    static BigDecimal rate(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
