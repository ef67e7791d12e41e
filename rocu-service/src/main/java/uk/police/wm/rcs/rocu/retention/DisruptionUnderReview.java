package uk.police.wm.rcs.rocu.retention;

import java.time.Instant;
import java.time.LocalDate;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.rocu.disruption.Disruption;

/** A disruption naming a priority individual as the platform's review sees it: which fields are about the person. */
record DisruptionUnderReview(Disruption d) implements ReviewedRecord {

    /** What a disposed disruption's narrative says instead (the column is required). */
    static final String DISPOSED_NARRATIVE = "Disposed of at its review: the narrative about a person is erased.";
    /** What a disposed disruption names instead of the individual (the target stays a priority individual). */
    static final String DISPOSED_INDIVIDUAL = "disposed";
    /** The claim's fingerprint was taken over the individual's reference: it goes too (a retry then conflicts). */
    static final String DISPOSED_FINGERPRINT = "0".repeat(64);

    @Override
    public String id() {
        return d.id.toString();
    }

    @Override
    public LocalDate reviewDueOn() {
        return d.reviewDate;
    }

    @Override
    public boolean disposed() {
        return d.disposedAt != null;
    }

    @Override
    public SecurityMarking marking() {
        return d.marking();
    }

    @Override
    public String quarter() {
        return FinancialQuarter.of(d.disruptedOn).toString();
    }

    @Override
    public long version() {
        return d.version;
    }

    @Override
    public void retainUntil(LocalDate nextReviewOn) {
        d.reviewDate = nextReviewOn;
    }

    /**
     * The individual's reference, the narrative and the moderation panels' reasons are about the person; force,
     * agency, crime type, impacts, status and date, which the performance figures count, stay.
     */
    @Override
    public void erasePersonalData(Instant at) {
        d.priorityIndividualRef = DISPOSED_INDIVIDUAL;
        d.narrative = DISPOSED_NARRATIVE;
        d.contentHash = DISPOSED_FINGERPRINT;
        d.disposedAt = at;
        d.updatedAt = at;
        Disruption.getEntityManager().createNativeQuery(
                "update moderation_decision set reason = null where disruption_id = :id")
                .setParameter("id", d.id).executeUpdate();
    }
}
