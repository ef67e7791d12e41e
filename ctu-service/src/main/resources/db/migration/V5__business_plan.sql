-- The CTU business plan (3 regional + 12 national priorities a year) and its quarterly reviews (paras 26-27).
CREATE TABLE business_plan (
    id              uuid PRIMARY KEY,
    financial_year  varchar(7)   NOT NULL UNIQUE,
    classification  varchar(20)  NOT NULL CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats         varchar(500) NOT NULL DEFAULT '',
    created_at      timestamptz  NOT NULL,
    created_by      varchar(255) NOT NULL
);

CREATE TABLE plan_priority (
    id       uuid PRIMARY KEY,
    plan_id  uuid         NOT NULL REFERENCES business_plan (id),
    kind     varchar(10)  NOT NULL CHECK (kind IN ('REGIONAL', 'NATIONAL')),
    number   integer      NOT NULL CHECK (number BETWEEN 1 AND 12),
    title    varchar(300) NOT NULL,
    CONSTRAINT plan_priority_uq UNIQUE (plan_id, kind, number)
);

CREATE TABLE priority_review (
    id              uuid PRIMARY KEY,
    priority_id     uuid          NOT NULL REFERENCES plan_priority (id),
    quarter         integer       NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    reviewing_body  varchar(30)   NOT NULL CHECK (reviewing_body IN ('ACC_SECURITY', 'REGIONAL_GOVERNANCE_GROUP', 'NATIONAL_ACSO')),
    rag             varchar(5)    NOT NULL CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    commentary      varchar(4000) NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    recorded_by     varchar(255)  NOT NULL,
    CONSTRAINT priority_review_uq UNIQUE (priority_id, quarter, reviewing_body)
);
