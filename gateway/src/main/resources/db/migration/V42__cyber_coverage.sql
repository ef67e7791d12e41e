-- Cyber sections of the report (issue 14, coverage): the five-point plan and the 4 P delivery plans, digital
-- forensics, Cyber Essentials, training, outreach and funding bids, each row with the full marking of what it
-- describes (a classification and a caveats text[] column, as V8). Each is a register or monthly report that the
-- last event of a record replaces.

CREATE TABLE cyber_five_point (
    financial_year varchar(7)    NOT NULL,
    area           varchar(20)   NOT NULL,
    status         varchar(20)   NOT NULL,
    commitment     varchar(2000) NOT NULL,
    classification varchar(20)   NOT NULL,
    caveats        text[]        NOT NULL DEFAULT '{}',
    PRIMARY KEY (financial_year, area)
);

CREATE TABLE cyber_plan_action (
    id             uuid         PRIMARY KEY,
    financial_year varchar(7)   NOT NULL,
    strand         varchar(10)  NOT NULL,
    title          varchar(300) NOT NULL,
    owner          varchar(200) NOT NULL,
    due_on         date         NOT NULL,
    rag            varchar(5)   NOT NULL,
    completed_on   date,
    classification varchar(20)  NOT NULL,
    caveats        text[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX cyber_plan_action_year ON cyber_plan_action (financial_year);

CREATE TABLE cyber_forensics_month (
    month               varchar(7)  PRIMARY KEY,
    kiosk_examinations  bigint      NOT NULL,
    central_submissions bigint      NOT NULL,
    classification      varchar(20) NOT NULL,
    caveats             text[]      NOT NULL DEFAULT '{}'
);

CREATE TABLE cyber_essentials_month (
    month          varchar(7)  PRIMARY KEY,
    smes_engaged   bigint      NOT NULL,
    certifications bigint      NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}'
);

CREATE TABLE cyber_training_session (
    id             uuid        PRIMARY KEY,
    quarter        varchar(10) NOT NULL,
    audience       varchar(30) NOT NULL,
    attendees      bigint      NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX cyber_training_session_quarter ON cyber_training_session (quarter);

CREATE TABLE cyber_outreach_event (
    id             uuid        PRIMARY KEY,
    quarter        varchar(10) NOT NULL,
    strand         varchar(10) NOT NULL,
    audience       varchar(30) NOT NULL,
    attendees      bigint      NOT NULL,
    classification varchar(20) NOT NULL,
    caveats        text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX cyber_outreach_event_quarter ON cyber_outreach_event (quarter);

-- A bid as submitted, then decided: the decision keeps the submission's board and purpose.
CREATE TABLE cyber_funding_bid (
    id             uuid          PRIMARY KEY,
    board          varchar(300),
    purpose        varchar(2000),
    amount         numeric(14,2) NOT NULL,
    submitted_on   date,
    status         varchar(20)   NOT NULL,
    decision_on    date,
    classification varchar(20)   NOT NULL,
    caveats        text[]        NOT NULL DEFAULT '{}'
);
