package uk.police.wm.rcs.ctu.retention;

import java.time.Instant;
import java.time.LocalDate;
import uk.police.wm.rcs.ctu.prevent.PreventCase;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** A Prevent case as the platform's review sees it: which of its fields are about the person. */
record PreventCaseUnderReview(PreventCase c) implements ReviewedRecord {

    @Override
    public String id() {
        return c.id.toString();
    }

    @Override
    public LocalDate reviewDueOn() {
        return c.retentionReviewOn;
    }

    @Override
    public boolean disposed() {
        return c.disposedAt != null;
    }

    @Override
    public SecurityMarking marking() {
        return c.marking();
    }

    @Override
    public String quarter() {
        return FinancialQuarter.of(c.referredOn).toString();
    }

    @Override
    public long version() {
        return c.version;
    }

    @Override
    public void retainUntil(LocalDate nextReviewOn) {
        c.retentionReviewOn = nextReviewOn;
    }

    /**
     * The referring system's reference and the notes are about the person; the categories, dates and flags the
     * quarterly figures count stay. The reference becomes one no referral can carry (the natural key stays unique).
     */
    @Override
    public void erasePersonalData(Instant at) {
        c.reference = "disposed-" + c.id;
        c.notes = null;
        c.disposedAt = at;
    }
}
