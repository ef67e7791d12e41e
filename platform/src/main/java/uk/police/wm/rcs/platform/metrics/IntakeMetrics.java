package uk.police.wm.rcs.platform.metrics;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Force;

/**
 * Counts the records force systems and staff post (a claim, a referral) by force and outcome, as
 * {@code rcs_records_received_total{record_type, force, outcome}}. Every label is bounded: a record type the service
 * names, one of the four forces (or {@code none}), one of four outcomes.
 */
@ApplicationScoped
public class IntakeMetrics {

    /** {@code rcs_records_received_total}. */
    public static final String RECEIVED = "rcs.records.received";
    /** The label value when neither the request nor the caller names a force. */
    public static final String NO_FORCE = "none";

    /** What became of one post. */
    public enum Outcome {
        /** a new record */
        CREATED,
        /** the same record posted again: the original answered, nothing written */
        REPLAYED,
        /** the same natural key with different content (409) */
        CONFLICT,
        /** refused by a rule (force scope, marking, consistency: any other 4xx the service raises) */
        REFUSED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry registry;

    /** The counters of one record type, every force and outcome registered at zero. */
    public Intake forRecordType(String recordType) {
        Map<String, Map<Outcome, Counter>> counters = new HashMap<>();
        for (Force force : Force.values()) {
            counters.put(force.name(), counters(recordType, force.name()));
        }
        counters.put(NO_FORCE, counters(recordType, NO_FORCE));
        return new Intake(counters);
    }

    private Map<Outcome, Counter> counters(String recordType, String force) {
        Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome, Counter.builder(RECEIVED).tag("record_type", recordType).tag("force", force)
                    .tag("outcome", outcome.label())
                    .description("Records posted, by record type, force and outcome").register(registry));
        }
        return byOutcome;
    }

    /** One record type's counters. */
    public static final class Intake {
        private final Map<String, Map<Outcome, Counter>> counters;

        Intake(Map<String, Map<Outcome, Counter>> counters) {
            this.counters = counters;
        }

        /**
         * Runs one intake and counts its outcome: created or replayed from its result, conflict for a 409 problem,
         * refused for any other 4xx problem (a 5xx is a failure, not an outcome, and is counted by the HTTP metrics).
         */
        public <T> T count(Optional<Force> force, Supplier<T> intake, Predicate<T> created) {
            T result;
            try {
                result = intake.get();
            } catch (ProblemException problem) {
                if (problem.status() == 409) {
                    increment(force, Outcome.CONFLICT);
                } else if (problem.status() >= 400 && problem.status() < 500) {
                    increment(force, Outcome.REFUSED);
                }
                throw problem;
            }
            increment(force, created.test(result) ? Outcome.CREATED : Outcome.REPLAYED);
            return result;
        }

        public void increment(Optional<Force> force, Outcome outcome) {
            counters.get(force.map(Force::name).orElse(NO_FORCE)).get(outcome).increment();
        }
    }
}
