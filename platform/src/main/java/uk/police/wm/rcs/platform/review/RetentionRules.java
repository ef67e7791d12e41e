package uk.police.wm.rcs.platform.review;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one place a record's MoPI review date is worked out, from the configured rules ({@link ReviewConfig}). */
@ApplicationScoped
public class RetentionRules {

    @Inject
    ReviewConfig config;

    /** The review date of a record of this type dated {@code from}, by its type's period. */
    public LocalDate reviewOn(String recordType, LocalDate from) {
        return reviewOn(recordType, Optional.empty(), from);
    }

    /** The review date of a record of this type and MoPI group dated {@code from}; the group's period when set. */
    public LocalDate reviewOn(String recordType, Optional<String> mopiGroup, LocalDate from) {
        return from.plus(period(recordType, mopiGroup));
    }

    /** The review period; a record type without a rule is a configuration error, never "no review". */
    public Period period(String recordType, Optional<String> mopiGroup) {
        ReviewConfig.RecordTypeRule rule = config.rules().get(recordType);
        if (rule == null) {
            throw new IllegalStateException("no retention rule for record type " + recordType
                    + " (set rcs.review.rules.\"" + recordType + "\".period)");
        }
        return mopiGroup.map(group -> rule.groups().get(group)).orElse(rule.period());
    }
}
