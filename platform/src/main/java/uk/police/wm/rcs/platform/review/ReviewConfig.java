package uk.police.wm.rcs.platform.review;

import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The retention rules of the Management of Police Information code ({@code rcs.review.*}): how long after its date a
 * record about a person comes up for review, by record type and, where the code sets one, by MoPI group.
 */
@ConfigMapping(prefix = "rcs.review")
public interface ReviewConfig {

    /**
     * {@code rcs.review.rules."<record type>".period}: the review period of a record type (e.g. {@code P6Y}), and
     * {@code rcs.review.rules."<record type>".groups."<MoPI group>"} the period of a group that has its own.
     */
    Map<String, RecordTypeRule> rules();

    /** One record type's rule. */
    interface RecordTypeRule {
        /** The review period of the record type. */
        Period period();

        /** Periods of the MoPI groups that have their own (e.g. {@code group-1}); others use {@link #period()}. */
        Map<String, Period> groups();
    }
}
