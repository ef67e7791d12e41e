-- Digital forensics, Prepare, funding and training (DOMAIN.md, cyber-service; paras 70-74, 86-91).
CREATE TABLE forensics_month (
    month                date    PRIMARY KEY,
    kiosk_examinations   integer NOT NULL CHECK (kiosk_examinations >= 0),
    central_submissions  integer NOT NULL CHECK (central_submissions >= 0),
    version              bigint  NOT NULL,
    CONSTRAINT forensics_month_first_day_ck CHECK (extract(day FROM month) = 1)
);

CREATE TABLE phishing_simulation (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL UNIQUE,
    sent_on     date         NOT NULL,
    sent        integer      NOT NULL CHECK (sent > 0),
    clicked     integer      NOT NULL CHECK (clicked >= 0 AND clicked <= sent),
    reported    integer      NOT NULL CHECK (reported >= 0 AND reported <= sent)
);

CREATE TABLE exercise (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    held_on     date         NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('TABLE_TOP', 'LIVE', 'EVENT_SPECIFIC', 'REGIONAL')),
    partners    varchar(500),
    CONSTRAINT exercise_natural_uk UNIQUE (name, held_on)
);

CREATE TABLE funding_programme (
    code                 varchar(10)   PRIMARY KEY CHECK (code IN ('NCSP', 'PTF')),
    name                 varchar(200)  NOT NULL,
    amount               numeric(14,2) CHECK (amount >= 0),
    eligible_spend       varchar(500),
    match_funded         boolean       NOT NULL,
    match_condition      varchar(500),
    confirmed_on         date,
    ends_on              date,
    version              bigint        NOT NULL
);

CREATE TABLE funding_bid (
    id           uuid PRIMARY KEY,
    board        varchar(200)  NOT NULL,
    purpose      varchar(500)  NOT NULL,
    amount       numeric(14,2) NOT NULL CHECK (amount > 0),
    submitted_on date          NOT NULL,
    status       varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'PART_APPROVED', 'REJECTED', 'WITHDRAWN')),
    decision_on  date,
    version      bigint        NOT NULL,
    CONSTRAINT funding_bid_natural_uk UNIQUE (board, purpose, submitted_on)
);

CREATE TABLE training_session (
    id            uuid PRIMARY KEY,
    delivered_on  date         NOT NULL,
    audience      varchar(30)  NOT NULL CHECK (audience IN
        ('STUDENT_OFFICERS', 'NEIGHBOURHOOD_TEAMS', 'INVESTIGATORS', 'STAFF', 'PARTNERS', 'PUBLIC')),
    course        varchar(200) NOT NULL,
    attendees     integer      NOT NULL CHECK (attendees > 0),
    CONSTRAINT training_session_natural_uk UNIQUE (delivered_on, audience, course)
);
