package uk.police.wm.rcs.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.review.ReviewRequests.DecideReview;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** The review's pure rules: retention periods from configuration, when a review may be decided, what it needs. */
class ReviewRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static RetentionRules rules() {
        RetentionRules rules = new RetentionRules();
        rules.config = () -> Map.of("prevent_case", rule(Period.ofYears(6), Map.of("group-1", Period.ofYears(100))));
        return rules;
    }

    static ReviewConfig.RecordTypeRule rule(Period period, Map<String, Period> groups) {
        return new ReviewConfig.RecordTypeRule() {
            @Override
            public Period period() {
                return period;
            }

            @Override
            public Map<String, Period> groups() {
                return groups;
            }
        };
    }

    static ReviewedRecord record(LocalDate due, boolean disposed) {
        return new ReviewedRecord() {
            public String id() {
                return "r";
            }

            public LocalDate reviewDueOn() {
                return due;
            }

            public boolean disposed() {
                return disposed;
            }

            public SecurityMarking marking() {
                return SecurityMarking.OFFICIAL;
            }

            public String quarter() {
                return "2018-19/Q1";
            }

            public long version() {
                return 0;
            }

            public void retainUntil(LocalDate next) {
            }

            public void erasePersonalData(Instant at) {
            }
        };
    }

    @Test
    void theReviewDateComesFromTheRecordTypesRuleOrItsGroups() {
        assertThat(rules().reviewOn("prevent_case", LocalDate.of(2018, 5, 2))).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(rules().reviewOn("prevent_case", Optional.of("group-1"), LocalDate.of(2018, 5, 2)))
                .isEqualTo(LocalDate.of(2118, 5, 2));
        assertThat(rules().reviewOn("prevent_case", Optional.of("group-3"), LocalDate.of(2018, 5, 2)))
                .isEqualTo(LocalDate.of(2024, 5, 2));
        assertThatThrownBy(() -> rules().reviewOn("referral", LocalDate.of(2018, 5, 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rcs.review.rules.\"referral\"");
    }

    @Test
    void onlyADueReviewOfARecordNotDisposedOfCanBeDecided() {
        ReviewRules.requireDue(record(TODAY, false), TODAY);
        assertThatThrownBy(() -> ReviewRules.requireDue(record(TODAY.plusDays(1), false), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThatThrownBy(() -> ReviewRules.requireDue(record(TODAY.minusYears(1), true), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aRetentionNeedsAFutureNextReviewAndADisposalNone() {
        ReviewRules.check(new DecideReview(ReviewDecision.RETAIN, "why", TODAY.plusDays(1)), TODAY);
        ReviewRules.check(new DecideReview(ReviewDecision.DISPOSE, "why", null), TODAY);
        assertThatThrownBy(() -> ReviewRules.check(new DecideReview(ReviewDecision.RETAIN, "why", TODAY), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
        assertThatThrownBy(() -> ReviewRules.check(new DecideReview(ReviewDecision.RETAIN, "why", null), TODAY))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ReviewRules.check(new DecideReview(ReviewDecision.DISPOSE, "why", TODAY.plusDays(9)),
                TODAY)).isInstanceOf(ProblemException.class);
    }
}
