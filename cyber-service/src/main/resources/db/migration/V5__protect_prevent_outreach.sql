-- Cyber Essentials among SMEs, outreach events and conferences, Prevent interventions (DOMAIN.md, cyber-service;
-- paras 76-85). Prevent interventions hold categories and counts only: nothing that names or identifies a person.
CREATE TABLE cyber_essentials_month (
    month            date    PRIMARY KEY,
    smes_engaged     integer NOT NULL CHECK (smes_engaged >= 0),
    certifications   integer NOT NULL CHECK (certifications >= 0),
    version          bigint  NOT NULL,
    CONSTRAINT cyber_essentials_month_first_day_ck CHECK (extract(day FROM month) = 1)
);

CREATE TABLE outreach_event (
    id           uuid PRIMARY KEY,
    held_on      date         NOT NULL,
    name         varchar(200) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('EVENT', 'CONFERENCE')),
    strand       varchar(10)  NOT NULL CHECK (strand IN ('PROTECT', 'PREVENT')),
    audience     varchar(20)  NOT NULL CHECK (audience IN
        ('BUSINESSES', 'SMES', 'PUBLIC', 'YOUNG_PEOPLE', 'ELDERLY', 'SCHOOLS', 'PARTNERS')),
    partner      varchar(120),
    attendees    integer      NOT NULL CHECK (attendees >= 0),
    recorded_at  timestamptz  NOT NULL,
    CONSTRAINT outreach_event_natural_uk UNIQUE (held_on, name)
);
CREATE INDEX outreach_event_held_ix ON outreach_event (held_on, id);

CREATE TABLE prevent_intervention (
    id                 uuid PRIMARY KEY,
    intervened_on      date        NOT NULL,
    referral_source    varchar(30) NOT NULL CHECK (referral_source IN ('INTEGRATED_OFFENDER_MANAGEMENT',
        'ACTION_FRAUD', 'NATIONAL_CRIME_AGENCY', 'EDUCATION', 'FORCE_INVESTIGATION', 'PARTNER_AGENCY',
        'FAMILY_OR_SELF')),
    intervention_type  varchar(30) NOT NULL CHECK (intervention_type IN ('ADVICE_VISIT', 'CEASE_AND_DESIST',
        'WORKSHOP', 'MENTORING', 'SKILLS_DIVERSION', 'REFERRAL_TO_PARTNER')),
    outcome            varchar(30) NOT NULL CHECK (outcome IN ('ENGAGED', 'DIVERTED', 'DECLINED', 'REFERRED_ON',
        'NO_FURTHER_ACTION', 'ONGOING')),
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX prevent_intervention_on_ix ON prevent_intervention (intervened_on, id);
