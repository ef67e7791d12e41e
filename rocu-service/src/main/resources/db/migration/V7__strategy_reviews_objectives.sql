-- The control strategy per financial year, versioned (para 42); the review register and departmental objectives
-- (paras 58-63).
CREATE TABLE control_strategy (
    financial_year  varchar(7)    NOT NULL,
    version         integer       NOT NULL,
    priorities      text          NOT NULL,
    approved_by     varchar(200)  NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    recorded_by     varchar(255)  NOT NULL,
    PRIMARY KEY (financial_year, version)
);

CREATE TABLE review_item (
    id              uuid          PRIMARY KEY,
    seq             bigserial     NOT NULL UNIQUE,
    item            varchar(200)  NOT NULL,
    owner           varchar(200)  NOT NULL,
    status          varchar(20)   NOT NULL,
    next_review     date          NOT NULL,
    version         bigint        NOT NULL,
    CONSTRAINT review_item_item_uk UNIQUE (item),
    CONSTRAINT review_item_status_ck CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE'))
);

CREATE TABLE departmental_objective (
    id              uuid          PRIMARY KEY,
    seq             bigserial     NOT NULL UNIQUE,
    financial_year  varchar(7)    NOT NULL,
    title           varchar(200)  NOT NULL,
    description     varchar(2000) NOT NULL,
    CONSTRAINT departmental_objective_uk UNIQUE (financial_year, title)
);
