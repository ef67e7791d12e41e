-- Disruptions claimed by force systems (DOMAIN.md, rocu-service; report paras 46-48).
CREATE TABLE disruption (
    id                    uuid          PRIMARY KEY,
    seq                   bigserial     NOT NULL UNIQUE,
    force                 varchar(3)    NOT NULL,
    source_record_id      varchar(100)  NOT NULL,
    content_hash          varchar(64)   NOT NULL,
    target_type           varchar(30)   NOT NULL,
    ocg_reference         varchar(40),
    priority_individual_ref varchar(60),
    lead_agency           varchar(10)   NOT NULL,
    crime_type            varchar(40)   NOT NULL,
    claimed_impact        varchar(10)   NOT NULL,
    moderated_impact      varchar(10),
    category              varchar(10)   NOT NULL,
    activity_level        varchar(30)   NOT NULL,
    disrupted_on          date          NOT NULL,
    narrative             varchar(4000) NOT NULL,
    highlight             boolean       NOT NULL,
    classification        varchar(20)   NOT NULL,
    caveats               varchar(400)  NOT NULL,
    status                varchar(30)   NOT NULL,
    review_date           date,
    recorded_at           timestamptz   NOT NULL,
    recorded_by           varchar(255)  NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL,
    -- the posting system's own record id: a retry never makes a second record
    CONSTRAINT disruption_source_uk UNIQUE (force, source_record_id),
    CONSTRAINT disruption_force_ck CHECK (force IN ('WMP', 'WMC', 'WAR', 'STA')),
    CONSTRAINT disruption_target_ck CHECK (
        (target_type = 'OCG' AND ocg_reference IS NOT NULL AND priority_individual_ref IS NULL)
        OR (target_type = 'PRIORITY_INDIVIDUAL' AND priority_individual_ref IS NOT NULL AND ocg_reference IS NULL)
        OR (target_type = 'NONE' AND ocg_reference IS NULL AND priority_individual_ref IS NULL)),
    CONSTRAINT disruption_status_ck CHECK (status IN
        ('CLAIMED', 'APPROVED', 'DOWNGRADED', 'REJECTED', 'RETURNED_FOR_INFORMATION')),
    CONSTRAINT disruption_classification_ck CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET'))
);

CREATE INDEX disruption_force_seq_ix ON disruption (force, seq);
CREATE INDEX disruption_status_ix ON disruption (status, force);
CREATE INDEX disruption_date_ix ON disruption (disrupted_on);
