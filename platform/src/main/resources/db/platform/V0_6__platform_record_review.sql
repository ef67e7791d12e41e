-- MoPI review decisions (platform): one row per review of a record about a person. A record falls due on its review
-- date; the decision keeps it (RETAIN, with the next review date) or disposes of it (DISPOSE: its personal data is
-- erased, the counts stay). The unique key makes "once per review" a constraint: two reviewers deciding the same
-- review at once cannot both write. The reason is the reviewer's own text and is kept with the decision (and as the
-- justification of the s.62 audit entry); it is never published in an event.
CREATE TABLE record_review (
    id              uuid         PRIMARY KEY,
    record_type     text         NOT NULL,
    record_id       text         NOT NULL,
    review_due_on   date         NOT NULL,
    decision        text         NOT NULL CHECK (decision IN ('RETAIN', 'DISPOSE')),
    reason          text         NOT NULL,
    next_review_on  date,
    decided_by      text         NOT NULL,
    decided_at      timestamptz  NOT NULL,
    -- the marking of the record reviewed: the compliance report counts a review only for readers cleared for it
    classification  varchar(20)  NOT NULL CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats         text[]       NOT NULL DEFAULT '{}',
    CONSTRAINT record_review_once UNIQUE (record_type, record_id, review_due_on),
    CONSTRAINT record_review_next_ck CHECK ((decision = 'RETAIN') = (next_review_on IS NOT NULL))
);

CREATE INDEX record_review_decided ON record_review (record_type, decided_at);
CREATE INDEX record_review_due ON record_review (record_type, review_due_on);
