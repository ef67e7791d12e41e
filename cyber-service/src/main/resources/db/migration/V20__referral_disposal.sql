-- MoPI review and disposal of referrals (their victim details are about a person). A disposed referral keeps what
-- the quarterly figures count (class, victim type, vulnerable flag, loss, times, outcome, contact date);
-- disposed_at says when its victim details (the Action Fraud reference, the vulnerability) were erased.
ALTER TABLE referral ADD COLUMN disposed_at timestamptz;

-- the review queue: referrals not disposed of, by review date
CREATE INDEX referral_review_ix ON referral (retention_review_on, id) WHERE disposed_at IS NULL;
