-- Prevent referrals and cases (DOMAIN.md, ctu-service; report paras 13-20, 32). About people: reads are audited.
CREATE TABLE prevent_case (
    id                   uuid PRIMARY KEY,
    reference            varchar(60)  NOT NULL,
    referral_source      varchar(30)  NOT NULL,
    motivation           varchar(40)  NOT NULL,
    referred_on          date         NOT NULL,
    stage                varchar(20)  NOT NULL CHECK (stage IN ('REFERRAL', 'SCREENING', 'OUTCOME')),
    outcome              varchar(30)  CHECK (outcome IN ('NO_FURTHER_ACTION', 'SIGNPOSTED', 'CHANNEL', 'MAC_SUPPORT')),
    outcome_on           date,
    safeguarding         boolean      NOT NULL,
    child_protection     boolean      NOT NULL,
    safeguarding_board   varchar(30),
    mac_partner          varchar(40),
    notes                varchar(4000),
    classification       varchar(20)  NOT NULL
        CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats              varchar(500) NOT NULL DEFAULT '',
    retention_review_on  date         NOT NULL,
    version              bigint       NOT NULL,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(255) NOT NULL,
    -- the natural key includes the marking, so a clash can only be with a record the caller is cleared to see
    CONSTRAINT prevent_case_reference_uq UNIQUE (reference, classification, caveats),
    CONSTRAINT prevent_case_outcome_ck CHECK ((stage = 'OUTCOME') = (outcome IS NOT NULL))
);
CREATE INDEX prevent_case_referred_ix ON prevent_case (referred_on DESC, id DESC);
