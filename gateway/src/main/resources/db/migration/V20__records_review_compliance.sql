-- The compliance section of the governance view (records review, MoPI): one row per review decided in a domain
-- service (events <service>.review.decided.v1), counted per quarter of decision at each reader's clearance. Holds
-- ids, the decision and quarters only: nothing about the person, and never the reviewer's reason.
CREATE TABLE compliance_review (
    review_id       uuid        PRIMARY KEY,
    section         varchar(10) NOT NULL,
    record_type     varchar(60) NOT NULL,
    record_id       uuid        NOT NULL,
    decision        varchar(10) NOT NULL CHECK (decision IN ('RETAIN', 'DISPOSE')),
    due_quarter     varchar(10) NOT NULL,
    decided_quarter varchar(10) NOT NULL,
    classification  varchar(20) NOT NULL CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats         text[]      NOT NULL DEFAULT '{}'
);

CREATE INDEX compliance_review_by_quarter ON compliance_review (decided_quarter, section);

-- Records disposed of in a domain service (events <service>.record.disposed.v1): the ids only, so a projector never
-- keeps anything derived from one, whatever order a batch applies the events in.
CREATE TABLE disposed_record (
    record_id uuid        PRIMARY KEY,
    section   varchar(10) NOT NULL
);
