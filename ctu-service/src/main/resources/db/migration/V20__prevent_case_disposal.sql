-- MoPI review and disposal of Prevent cases (records about people). A disposed case keeps only what the figures count
-- (source, motivation, referral date, stage, outcome, flags); disposed_at says when its personal data was erased.
ALTER TABLE prevent_case ADD COLUMN disposed_at timestamptz;

-- the review queue: cases not disposed of, by review date
CREATE INDEX prevent_case_review_ix ON prevent_case (retention_review_on, id) WHERE disposed_at IS NULL;
