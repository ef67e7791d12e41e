-- The gateway's read model, built only from the domain events on Kafka (DOMAIN.md, gateway).

-- Every CloudEvent applied, by its id: a replayed or duplicated event is never applied twice.
CREATE TABLE consumed_event (
    event_id     varchar(255) PRIMARY KEY,
    type         varchar(255) NOT NULL,
    section      varchar(10)  NOT NULL,
    topic        varchar(255) NOT NULL,
    partition_no integer      NOT NULL,
    kafka_offset bigint       NOT NULL,
    event_time   timestamptz,
    consumed_at  timestamptz  NOT NULL
);

-- How fresh each part of the view is: the newest event applied per section.
CREATE TABLE section_freshness (
    section           varchar(10) PRIMARY KEY,
    newest_event_time timestamptz,
    last_applied_at   timestamptz NOT NULL,
    events_applied    bigint      NOT NULL
);

-- Events that could not be applied (malformed or unknown shape), kept for a person to look at; never retried
-- silently and never allowed to stop the view.
CREATE TABLE rejected_event (
    event_id     varchar(255) PRIMARY KEY,
    type         varchar(255) NOT NULL,
    topic        varchar(255) NOT NULL,
    partition_no integer      NOT NULL,
    kafka_offset bigint       NOT NULL,
    reason       varchar(2000) NOT NULL,
    rejected_at  timestamptz  NOT NULL
);

-- CTU: threat level history as published (threat levels are OFFICIAL).
CREATE TABLE ctu_threat_level (
    id             uuid PRIMARY KEY,
    scope          varchar(40) NOT NULL,
    level          varchar(20) NOT NULL,
    effective_from date        NOT NULL,
    set_by         varchar(40) NOT NULL,
    rationale      varchar(2000) NOT NULL,
    event_time     timestamptz NOT NULL
);
CREATE INDEX ctu_threat_level_scope_ix ON ctu_threat_level (scope, effective_from DESC, event_time DESC);
