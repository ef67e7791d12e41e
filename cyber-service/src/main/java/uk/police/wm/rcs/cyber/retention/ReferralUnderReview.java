package uk.police.wm.rcs.cyber.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.police.wm.rcs.cyber.referral.Referral;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewedRecord;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** A referral as the platform's review sees it: which of its fields are the victim's details. */
record ReferralUnderReview(Referral r) implements ReviewedRecord {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public String id() {
        return r.id.toString();
    }

    @Override
    public LocalDate reviewDueOn() {
        return r.retentionReviewOn;
    }

    @Override
    public boolean disposed() {
        return r.disposedAt != null;
    }

    @Override
    public SecurityMarking marking() {
        return r.marking();
    }

    @Override
    public String quarter() {
        return FinancialQuarter.of(r.receivedAt.atZone(LONDON).toLocalDate()).toString();
    }

    @Override
    public long version() {
        return r.version;
    }

    @Override
    public void retainUntil(LocalDate nextReviewOn) {
        r.retentionReviewOn = nextReviewOn;
    }

    /**
     * The Action Fraud reference (it leads to the victim's report) and the kind of vulnerability are the victim's
     * details; the class, victim type, vulnerable flag, loss, times, outcome and contact date the quarterly figures
     * count stay. The reference becomes one Action Fraud never issues (it stays unique).
     */
    @Override
    public void erasePersonalData(Instant at) {
        r.actionFraudReference = "D-" + r.id;
        r.vulnerability = null;
        r.disposedAt = at;
    }
}
