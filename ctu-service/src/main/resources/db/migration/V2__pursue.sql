-- Pursue investigations and operations (DOMAIN.md, ctu-service; report paras 7-12). Subjects are counted, never named.
CREATE TABLE pursue_operation (
    id                    uuid PRIMARY KEY,
    operation_name        varchar(120) NOT NULL,
    motivation            varchar(40)  NOT NULL,
    status                varchar(20)  NOT NULL,
    stage                 varchar(20)  NOT NULL,
    opened_on             date         NOT NULL,
    subjects_of_interest  integer      NOT NULL CHECK (subjects_of_interest >= 0),
    summary               varchar(4000),
    reporting_restricted  boolean      NOT NULL,
    classification        varchar(20)  NOT NULL
        CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats               varchar(500) NOT NULL DEFAULT '',
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(255) NOT NULL,
    -- the natural key includes the marking, so a clash can only be with a record the caller is cleared to see
    CONSTRAINT pursue_operation_name_uq UNIQUE (operation_name, classification, caveats)
);
CREATE INDEX pursue_operation_opened_ix ON pursue_operation (opened_on DESC, id DESC);

CREATE TABLE pursue_outcome (
    operation_id  uuid        NOT NULL REFERENCES pursue_operation (id) ON DELETE CASCADE,
    kind          varchar(20) NOT NULL CHECK (kind IN ('ARREST', 'CHARGE', 'CONVICTION')),
    people        integer     NOT NULL CHECK (people > 0),
    occurred_on   date        NOT NULL
);
CREATE INDEX pursue_outcome_operation_ix ON pursue_outcome (operation_id);
