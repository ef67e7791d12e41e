-- Large disruption batches run as jobs: progress while running, the per-record result once completed.
CREATE TABLE disruption_batch_job (
    id            uuid         PRIMARY KEY,
    force         varchar(3)   NOT NULL,
    submitted_by  varchar(255) NOT NULL,
    status        varchar(20)  NOT NULL,
    total         integer      NOT NULL,
    processed     integer      NOT NULL,
    result        text,
    submitted_at  timestamptz  NOT NULL,
    finished_at   timestamptz,
    CONSTRAINT disruption_batch_job_status_ck CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);
