-- ROCU sections of the report (issue 14, coverage): claimed against moderated disruptions, the funding
-- reconciliation, the review register and the objectives. Every row keeps the full marking of what it describes
-- (a classification and a caveats text[] column, as V8).

-- Disruptions by the quarter, force and crime type they were claimed in and where moderation left them (CLAIMED,
-- APPROVED, DOWNGRADED, REJECTED, RETURNED_FOR_INFORMATION): every claim counts once, under its current status.
CREATE TABLE rocu_moderation_figure (
    quarter        varchar(10) NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}',
    force          varchar(10) NOT NULL,
    crime_type     varchar(50) NOT NULL,
    status         varchar(30) NOT NULL,
    disruptions    bigint      NOT NULL,
    PRIMARY KEY (quarter, classification, caveats, force, crime_type, status)
);
-- the disruptions already applied count from now on
INSERT INTO rocu_moderation_figure (quarter, classification, caveats, force, crime_type, status, disruptions)
SELECT quarter, classification, caveats, force, crime_type, status, count(*)
FROM rocu_disruption GROUP BY quarter, classification, caveats, force, crime_type, status;

-- An issued reconciliation (uk.police.wm.rocu.reconciliation.issued.v1): one row per contributor. Share, due and
-- borne are null for reconciliations issued before rocu-service published them (only the balance was sent).
CREATE TABLE rocu_reconciliation_line (
    quarter          varchar(10)   NOT NULL,
    contributor      varchar(10)   NOT NULL,
    formula_year     varchar(7)    NOT NULL,
    regional_cost    numeric(14,2) NOT NULL,
    share_percent    numeric(7,4),
    share_due        numeric(14,2),
    staff_cost_borne numeric(14,2),
    balance          numeric(14,2) NOT NULL,
    classification   varchar(20)   NOT NULL,
    caveats          text[]        NOT NULL DEFAULT '{}',
    PRIMARY KEY (quarter, contributor)
);

-- The review register as it stands (uk.police.wm.rocu.review.changed.v1), the newest version of each review.
CREATE TABLE rocu_review (
    id             uuid         PRIMARY KEY,
    version        bigint       NOT NULL,
    item           varchar(200) NOT NULL,
    owner          varchar(200) NOT NULL,
    status         varchar(20)  NOT NULL,
    next_review    date         NOT NULL,
    classification varchar(20)  NOT NULL,
    caveats        text[]       NOT NULL DEFAULT '{}'
);

-- The departmental objectives per financial year (uk.police.wm.rocu.objective.set.v1).
CREATE TABLE rocu_objective (
    id             uuid         PRIMARY KEY,
    financial_year varchar(7)   NOT NULL,
    title          varchar(200) NOT NULL,
    classification varchar(20)  NOT NULL,
    caveats        text[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX rocu_objective_year ON rocu_objective (financial_year);
