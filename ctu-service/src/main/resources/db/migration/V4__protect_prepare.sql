-- Protect activity and the planned-events register (paras 22-23); Prepare exercises and lessons (para 24).
CREATE TABLE protect_activity (
    id              uuid PRIMARY KEY,
    force           varchar(3)   NOT NULL CHECK (force IN ('WMP', 'WMC', 'WAR', 'STA')),
    reference       varchar(60)  NOT NULL,
    kind            varchar(30)  NOT NULL,
    site_type       varchar(40),
    attendees       integer      CHECK (attendees >= 0),
    delivered_on    date         NOT NULL,
    classification  varchar(20)  NOT NULL CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats         varchar(500) NOT NULL DEFAULT '',
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(255) NOT NULL,
    CONSTRAINT protect_activity_reference_uq UNIQUE (force, reference, classification, caveats)
);
CREATE INDEX protect_activity_delivered_ix ON protect_activity (delivered_on DESC, id DESC);

CREATE TABLE planned_event (
    id               uuid PRIMARY KEY,
    name             varchar(120) NOT NULL UNIQUE,
    starts_on        date         NOT NULL,
    ends_on          date,
    expected_demand  varchar(20)  NOT NULL,
    notes            varchar(2000)
);

CREATE TABLE prepare_exercise (
    id              uuid PRIMARY KEY,
    force           varchar(3)    NOT NULL CHECK (force IN ('WMP', 'WMC', 'WAR', 'STA')),
    reference       varchar(60)   NOT NULL,
    type            varchar(20)   NOT NULL CHECK (type IN ('LIVE_PLAY', 'TABLE_TOP')),
    scenario        varchar(30)   NOT NULL,
    title           varchar(200)  NOT NULL,
    held_on         date          NOT NULL,
    place           varchar(200)  NOT NULL,
    agencies        varchar(3200) NOT NULL,
    classification  varchar(20)   NOT NULL CHECK (classification IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    caveats         varchar(500)  NOT NULL DEFAULT '',
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(255)  NOT NULL,
    CONSTRAINT prepare_exercise_reference_uq UNIQUE (force, reference, classification, caveats)
);
CREATE INDEX prepare_exercise_held_ix ON prepare_exercise (held_on DESC, id DESC);

CREATE TABLE exercise_lesson (
    exercise_id  uuid          NOT NULL REFERENCES prepare_exercise (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    lesson       varchar(1000) NOT NULL,
    follow_up    varchar(20)   NOT NULL CHECK (follow_up IN ('OPEN', 'IN_PROGRESS', 'COMPLETE')),
    PRIMARY KEY (exercise_id, position)
);
