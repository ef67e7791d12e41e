package uk.police.wm.rcs.platform.batch;

import java.util.List;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * What a service supplies for batch intake of one record type ({@link BatchIntake} does the rest): the request type a
 * single post reads (a CSV's columns are its fields), the single post's own rules, and how a chunk of checked records
 * is written.
 *
 * @param <R> the request record a single post of this type reads
 */
public interface BatchRecordType<R extends Record> {

    /** The request a single post of this record type reads; a CSV's columns are its fields. */
    Class<R> requestType();

    /** What one record is called, in words ({@code disruption}): the chunks' spans are {@code import <it> chunk}. */
    String recordName();

    /** The JSON member (and CSV column) holding the record's own reference, named in each result. */
    String referenceField();

    /** The record's own reference (its natural key for its force), after {@link #check}. */
    String reference(R checked);

    /**
     * The record normalised as a single post would store it, or the {@link ProblemException} a single post of it
     * would get; writes nothing.
     */
    R check(R request, Caller caller);

    /**
     * Writes a chunk of checked records, in the chunk's transaction (rolled back in a dry run): one result per record,
     * in order. A record that conflicts with one stored before is its result; an exception rolls the chunk back and
     * the records are written again one by one.
     */
    List<Written> write(List<R> chunk, Caller caller);

    /** What writing one record did. */
    record Written(Outcome outcome, String recordId, ProblemException problem) {

        public static Written created(String recordId) {
            return new Written(Outcome.CREATED, recordId, null);
        }

        public static Written duplicate(String recordId) {
            return new Written(Outcome.DUPLICATE, recordId, null);
        }

        public static Written refused(ProblemException problem) {
            return new Written(Outcome.PROBLEM, null, problem);
        }
    }
}
