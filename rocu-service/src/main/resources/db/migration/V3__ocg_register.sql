-- The OCG register (DOMAIN.md, rocu-service; report paras 43, 56-57), threat bands as data, cross-border notices.
CREATE TABLE threat_band (
    code        varchar(10)  PRIMARY KEY,
    label       varchar(200) NOT NULL,
    rank        integer      NOT NULL UNIQUE
);

-- the default bands (organised crime group mapping); analysts add or relabel bands through the API
INSERT INTO threat_band (code, label, rank) VALUES
    ('1A', 'Band 1A: highest threat, highest capability', 1),
    ('1B', 'Band 1B', 2),
    ('1C', 'Band 1C', 3),
    ('2A', 'Band 2A', 4),
    ('2B', 'Band 2B', 5),
    ('2C', 'Band 2C', 6),
    ('3A', 'Band 3A', 7),
    ('3B', 'Band 3B', 8),
    ('3C', 'Band 3C: lowest threat', 9);

CREATE TABLE ocg (
    id                       uuid          PRIMARY KEY,
    seq                      bigserial     NOT NULL UNIQUE,
    reference                varchar(40)   NOT NULL UNIQUE,
    name                     varchar(200)  NOT NULL,
    owning_force             varchar(3)    NOT NULL,
    lead_responsible_officer varchar(200)  NOT NULL,
    predominant_crime_type   varchar(40)   NOT NULL,
    secondary_crime_types    varchar(600)  NOT NULL,
    activity_level           varchar(30)   NOT NULL,
    threat_band              varchar(10)   NOT NULL REFERENCES threat_band (code),
    status                   varchar(10)   NOT NULL,
    classification           varchar(20)   NOT NULL,
    caveats                  varchar(400)  NOT NULL,
    created_at               timestamptz   NOT NULL,
    created_by               varchar(255)  NOT NULL,
    updated_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL,
    CONSTRAINT ocg_force_ck CHECK (owning_force IN ('WMP', 'WMC', 'WAR', 'STA')),
    CONSTRAINT ocg_status_ck CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    CONSTRAINT ocg_classification_ck CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'))
);

CREATE INDEX ocg_status_crime_ix ON ocg (status, predominant_crime_type);

CREATE TABLE cross_border_notice (
    id                 uuid          PRIMARY KEY,
    ocg_id             uuid          NOT NULL REFERENCES ocg (id),
    partner_client     varchar(255)  NOT NULL,
    partner_reference  varchar(100)  NOT NULL,
    summary            varchar(2000) NOT NULL,
    status             varchar(10)   NOT NULL,
    decision_reason    varchar(2000),
    decided_by         varchar(255),
    received_at        timestamptz   NOT NULL,
    decided_at         timestamptz,
    version            bigint        NOT NULL,
    CONSTRAINT cross_border_notice_partner_uk UNIQUE (partner_client, partner_reference),
    CONSTRAINT cross_border_notice_status_ck CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED'))
);
