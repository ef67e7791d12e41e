-- ROCU funding (report paras 49-52): sources, the contribution formula per year as data, staffing per force and
-- quarter, and issued reconciliations. Money is numeric(14,2): pounds and pence, never floating point.
CREATE TABLE funding_source (
    id              uuid          PRIMARY KEY,
    financial_year  varchar(7)    NOT NULL,
    kind            varchar(30)   NOT NULL,
    name            varchar(200)  NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount >= 0),
    CONSTRAINT funding_source_kind_ck CHECK (kind IN ('MAIN_GRANT', 'SPECIFIC_GRANT', 'FORCE_CONTRIBUTION')),
    CONSTRAINT funding_source_uk UNIQUE (financial_year, kind, name)
);

-- one row per contributor per formula year; a year without its own formula uses the latest earlier one
CREATE TABLE contribution_share (
    financial_year  varchar(7)    NOT NULL,
    contributor     varchar(10)   NOT NULL,
    share_percent   numeric(7,4)  NOT NULL CHECK (share_percent >= 0 AND share_percent <= 100),
    endorsed_by     varchar(200)  NOT NULL,
    PRIMARY KEY (financial_year, contributor),
    CONSTRAINT contribution_share_contributor_ck CHECK (contributor IN ('WMP', 'ALLIANCE', 'STA'))
);

-- the formula endorsed by the regional Chief Constables and PCCs in 2017/18 (para 50)
INSERT INTO contribution_share (financial_year, contributor, share_percent, endorsed_by) VALUES
    ('2017-18', 'WMP', 57, 'Regional Chief Constables and Police and Crime Commissioners'),
    ('2017-18', 'ALLIANCE', 26, 'Regional Chief Constables and Police and Crime Commissioners'),
    ('2017-18', 'STA', 17, 'Regional Chief Constables and Police and Crime Commissioners');

CREATE TABLE staffing (
    force           varchar(3)    NOT NULL,
    quarter         varchar(10)   NOT NULL,
    staff_fte       numeric(8,2)  NOT NULL CHECK (staff_fte >= 0),
    staff_cost      numeric(14,2) NOT NULL CHECK (staff_cost >= 0),
    PRIMARY KEY (force, quarter)
);

CREATE TABLE reconciliation (
    quarter         varchar(10)   PRIMARY KEY,
    body            text          NOT NULL,
    issued_at       timestamptz   NOT NULL,
    issued_by       varchar(255)  NOT NULL
);
