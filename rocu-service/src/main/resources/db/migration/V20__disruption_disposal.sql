-- MoPI review and disposal of disruptions naming a priority individual (records about people). A disposed disruption
-- keeps what the performance figures count (force, agency, crime type, impacts, status, date); disposed_at says when
-- its personal data (the individual's reference, the narrative, the moderation reasons) was erased.
ALTER TABLE disruption ADD COLUMN disposed_at timestamptz;

-- the review queue: disruptions naming a person, not disposed of, by review date
CREATE INDEX disruption_review_ix ON disruption (review_date, id)
    WHERE disposed_at IS NULL AND target_type = 'PRIORITY_INDIVIDUAL';
