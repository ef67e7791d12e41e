-- Cyber part of the read model: each referral's triage state (no victim details) and the figures the governance
-- view reads, kept by delta. Referrals count in the quarter they were received.

CREATE TABLE cyber_referral (
    id               uuid PRIMARY KEY,
    received_quarter varchar(10) NOT NULL,
    crime_class      varchar(20) NOT NULL,
    outcome          varchar(30),
    contacted        boolean     NOT NULL
);

-- Referrals by class and triage outcome (NOT_TRIAGED until triaged).
CREATE TABLE cyber_referral_figure (
    quarter     varchar(10) NOT NULL,
    crime_class varchar(20) NOT NULL,
    outcome     varchar(30) NOT NULL,
    referrals   bigint      NOT NULL,
    PRIMARY KEY (quarter, crime_class, outcome)
);

-- How many of a quarter's referrals took each whole number of hours to triage: medians and percentiles come from
-- this histogram, never from the referrals.
CREATE TABLE cyber_triage_hours (
    quarter   varchar(10) NOT NULL,
    hours     integer     NOT NULL,
    referrals bigint      NOT NULL,
    PRIMARY KEY (quarter, hours)
);

-- Victims contacted of the referrals received in a quarter.
CREATE TABLE cyber_contact_figure (
    quarter   varchar(10) PRIMARY KEY,
    received  bigint      NOT NULL,
    contacted bigint      NOT NULL
);
