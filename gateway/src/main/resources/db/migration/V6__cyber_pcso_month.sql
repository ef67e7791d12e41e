-- The Digital PCSO's figures per calendar month as last reported by cyber-service (OFFICIAL outreach counts, no
-- personal data): a revision replaces the month's figures.
CREATE TABLE cyber_pcso_month (
    month   varchar(7) PRIMARY KEY,
    reach   bigint     NOT NULL,
    events  bigint     NOT NULL
);
