-- Idempotent POSTs (platform): one row per (caller, Idempotency-Key), claimed atomically with INSERT ... ON CONFLICT.
CREATE TABLE idempotency_record (
    caller_subject   text        NOT NULL,
    idempotency_key  text        NOT NULL,
    method_path      text        NOT NULL,
    request_hash     text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    completed_at     timestamptz,
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (caller_subject, idempotency_key)
);

CREATE INDEX idempotency_record_expires ON idempotency_record (expires_at);
