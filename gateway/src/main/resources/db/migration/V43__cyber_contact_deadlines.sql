-- Victim-contact deadlines met (issue 14, coverage; paras 68 and 82): each referral's force, the quarter its victim's
-- contact deadline falls in (vulnerable victims only; null when there is none) and whether first contact was made by
-- it (null until contacted). Rows from before this migration have neither: a rebuild (POST
-- /api/v1/read-model/rebuild) re-reads them from the referral events, which carry both.
ALTER TABLE cyber_referral ADD COLUMN force varchar(3);
ALTER TABLE cyber_referral ADD COLUMN contact_due_quarter varchar(10);
ALTER TABLE cyber_referral ADD COLUMN contacted_in_time boolean;

-- Referrals whose contact deadline fell in a quarter, by force and marking: contacted by the deadline, contacted
-- after it, not contacted (yet). Kept by delta, as the other referral figures.
CREATE TABLE cyber_contact_deadline_figure (
    due_quarter    varchar(10) NOT NULL,
    force          varchar(3)  NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    referrals      bigint      NOT NULL,
    met            bigint      NOT NULL,
    late           bigint      NOT NULL,
    not_contacted  bigint      NOT NULL,
    PRIMARY KEY (due_quarter, force, classification, caveats)
);
