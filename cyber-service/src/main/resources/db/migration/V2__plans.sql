-- The five-point plan per financial year and the 4P delivery plans (DOMAIN.md, cyber-service; paras 64-65).
CREATE TABLE five_point_commitment (
    financial_year  integer       NOT NULL,
    area            varchar(20)   NOT NULL,
    commitment      varchar(1000) NOT NULL,
    status          varchar(20)   NOT NULL,
    commentary      varchar(4000),
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(255)  NOT NULL,
    version         bigint        NOT NULL,
    PRIMARY KEY (financial_year, area),
    CONSTRAINT five_point_area_ck CHECK (area IN ('CAPABILITY', 'PEOPLE', 'RESPONSE', 'FOCUS', 'CYBERSECURITY')),
    CONSTRAINT five_point_status_ck CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ACHIEVED'))
);

CREATE TABLE delivery_plan (
    financial_year  integer      NOT NULL,
    strand          varchar(10)  NOT NULL,
    lead            varchar(120) NOT NULL,
    version         bigint       NOT NULL,
    PRIMARY KEY (financial_year, strand),
    CONSTRAINT delivery_plan_strand_ck CHECK (strand IN ('PURSUE', 'PREVENT', 'PROTECT', 'PREPARE'))
);

CREATE TABLE plan_action (
    id              uuid PRIMARY KEY,
    financial_year  integer      NOT NULL,
    strand          varchar(10)  NOT NULL,
    title           varchar(300) NOT NULL,
    owner           varchar(120) NOT NULL,
    due_on          date         NOT NULL,
    rag             varchar(5)   NOT NULL,
    completed_on    date,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL,
    CONSTRAINT plan_action_plan_fk FOREIGN KEY (financial_year, strand) REFERENCES delivery_plan,
    CONSTRAINT plan_action_rag_ck CHECK (rag IN ('RED', 'AMBER', 'GREEN'))
);
CREATE INDEX plan_action_plan_ix ON plan_action (financial_year, strand);
CREATE INDEX plan_action_overdue_ix ON plan_action (due_on, id) WHERE completed_on IS NULL;

-- dated progress notes; each states the action's RAG on that day, so the RAG at any quarter's end is known
CREATE TABLE plan_progress_note (
    id          uuid PRIMARY KEY,
    action_id   uuid          NOT NULL REFERENCES plan_action,
    noted_on    date          NOT NULL,
    rag         varchar(5)    NOT NULL,
    note        varchar(2000) NOT NULL,
    noted_by    varchar(255)  NOT NULL,
    CONSTRAINT plan_progress_note_rag_ck CHECK (rag IN ('RED', 'AMBER', 'GREEN'))
);
CREATE INDEX plan_progress_note_action_ix ON plan_progress_note (action_id, noted_on DESC);
