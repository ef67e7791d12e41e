-- Monthly moderation panels and their decisions on claimed disruptions (report para 48); every decision is kept.
CREATE TABLE moderation_panel (
    id                 uuid          PRIMARY KEY,
    held_on            date          NOT NULL,
    chair              varchar(200)  NOT NULL,
    attending_forces   varchar(40)   NOT NULL,
    partner_agencies   varchar(1000) NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    recorded_by        varchar(255)  NOT NULL
);

CREATE TABLE moderation_decision (
    id                 uuid          PRIMARY KEY,
    seq                bigserial     NOT NULL UNIQUE,
    disruption_id      uuid          NOT NULL REFERENCES disruption (id),
    panel_id           uuid          NOT NULL REFERENCES moderation_panel (id),
    decision           varchar(30)   NOT NULL,
    from_status        varchar(30)   NOT NULL,
    to_status          varchar(30)   NOT NULL,
    claimed_impact     varchar(10)   NOT NULL,
    moderated_impact   varchar(10),
    reason             varchar(2000),
    decided_by         varchar(255)  NOT NULL,
    decided_at         timestamptz   NOT NULL,
    CONSTRAINT moderation_decision_ck CHECK (decision IN ('APPROVE', 'DOWNGRADE', 'REJECT', 'RETURN_FOR_INFORMATION'))
);

CREATE INDEX moderation_decision_disruption_ix ON moderation_decision (disruption_id, seq);
